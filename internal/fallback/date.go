package fallback

import (
	"strconv"
	"strings"
	"time"
)

// FormatDate renders a date at its true precision: "Wed 6 Nov 2024" for a
// day, "June 2023" for a month, "2022" for a year, with an early/mid/late
// qualifier in front when mod is set ("late 2022"). A value it cannot parse
// is returned unchanged. The widget's formatDate in web/widget/format.js
// produces the same strings.
func FormatDate(value, precision, mod string) string {
	parts := strings.Split(value, "-")
	nums := make([]int, 0, 3)
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return value
		}
		nums = append(nums, n)
	}
	var s string
	switch {
	case precision == "day" && len(nums) == 3:
		t := time.Date(nums[0], time.Month(nums[1]), nums[2], 12, 0, 0, 0, time.UTC)
		return t.Format("Mon 2 Jan 2006")
	case precision == "month" && len(nums) >= 2 && nums[1] >= 1 && nums[1] <= 12:
		s = time.Month(nums[1]).String() + " " + strconv.Itoa(nums[0])
	case len(nums) >= 1:
		s = strconv.Itoa(nums[0])
	default:
		return value
	}
	if mod == "early" || mod == "mid" || mod == "late" {
		s = mod + " " + s
	}
	return s
}
