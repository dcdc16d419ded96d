package extract

// stopwords is a list of English function words, used for jusText-style
// stopword density and to reject capitalised common words.
var stopwords = splitWords(`
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
be became because become becomes becoming been before beforehand behind being below beside besides
between beyond both but by can cannot could did do does doing done down due during each either else
elsewhere enough even ever every everyone everything everywhere except few for former formerly from
further had has have having he hence her here hereafter hereby herein hers herself him himself his
how however i if in indeed into is it its itself just last latter latterly least less many may me
meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless
next no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps please rather same several she should
since so some somehow someone something sometime sometimes somewhere still such than that the their
theirs them themselves then thence there thereafter thereby therefore therein thereupon these they
this those though through throughout thru thus to together too toward towards under until up upon us
very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein
whereupon wherever whether which while whither who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves it's don't didn't doesn't isn't wasn't aren't
weren't won't can't couldn't shouldn't wouldn't i'm i've i'd we're we've they're they've he's she's
that's there's let's also said says say
`)

// commonWords are capitalised at the start of sentences but are not names.
var commonWords = splitWords(`
A An The This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us
But And Or Nor So Yet For If When While Where Why How What Which Who Whom Whose Whether Although
Though Because Since As After Before Until Unless Once Then Now Here There Also Still Even Just Only
Meanwhile However Moreover Furthermore Nevertheless Nonetheless Instead Indeed Otherwise Thus Hence
Therefore Throughout During Despite Amid Amidst Among Against Across Along Around Behind Beyond
Within Without Over Under Above Below About After Following According Earlier Later Previously
Currently Recently Today Yesterday Tomorrow Tonight Last Next First Second Third Finally Eventually
Initially Ultimately Overall Altogether Additionally Separately Similarly Likewise Conversely Still
Some Many Most Much More Few Several All Both Each Every Any No None Neither Either Other Another
Such Many Several Few One Two Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions
Imagine Consider Remember Note Look See Read Watch Listen Join Follow Share Sign Subscribe Click
Please Thank Thanks Welcome Sorry Yes No Not Never Always Often Sometimes Perhaps Maybe Probably
Certainly Clearly Obviously Apparently Reportedly Allegedly Notably Importantly Interestingly
Questions Question Asked Asking Speaking Talking Writing Responding Referring Describing
Announcing Adding Noting Citing Calling Saying Claiming Arguing Insisting Warning Explaining
Critics Officials Experts Analysts Observers Supporters Opponents Residents People Police Troops
Soldiers Forces Authorities Leaders Voters Americans Britons Europeans Sources Witnesses Investors
Shares Prices Sales Talks Negotiations Reports Plans Efforts Attempts Concerns Fears Hopes Calls
Live Breaking Update Updated Latest Exclusive Analysis Opinion Comment Comments Editorial Review
Watch Video Photos Gallery Podcast Listen Related Recommended Trending Popular Top More Read
Home News World Business Sport Sports Tech Technology Science Health Entertainment Culture Politics
Money Travel Style Lifestyle Weather Markets Economy Climate Environment Education Media Arts
Mr Mrs Ms Dr Sir Madam Ladies Gentlemen Dear Hi Hello Oh Well Okay OK Ok Like Unlike Whereas
Tech Big Small New Old Good Bad Great High Low Long Short Hard Easy Free Full Open Public Private
Local National Global International Federal State Regional Central Western Eastern Northern
Southern West East North South Left Right Senior Junior Chief Deputy Former Acting Interim Top
Despite Amid Outside Inside Beside Besides Toward Towards Upon Via Per Versus Like Near Off Onto
Wants Wanted Believe Believes Think Thinks Said Says Told Tells Added Adds Wrote Writes Went
Came Made Took Gave Got Had Has Have Was Were Is Are Be Been Being Do Does Did Done Can Could
Will Would Shall Should May Might Must Ought Let Make Take Give Get Put Keep Start Stop Try Help
Stay Move Turn Bring Hold Run Set Show Tell Ask Call Find Know Feel Seem Leave Mean Need Use Work
Play Pay Win Lose Fight End Begin Continue Expect Plan Want Hope Fear Say Speak Talk Write
Strong Weak Fair True False Real Sure Certain Clear Likely Possible Important Key Major Minor
Critical Crucial Vital Significant Serious Big Large Huge Massive Tiny Little Best Worst Better
Worse Bigger Smaller Higher Lower Greater Fewer Less Least Most Very Too Quite Rather Really
Thousands Dozens Scores Millions Billions Half Quarter Part Parts Much Lots Plenty Enough
Everyone Everybody Everything Someone Somebody Something Anyone Anybody Anything Nobody Nothing
Whoever Whatever Whenever Wherever However Whichever Nowhere Somewhere Everywhere Anywhere
Yesterday's Today's Tomorrow's Tonight's Last Week Month Year Years Months Weeks Days Day Night
Morning Afternoon Evening Weekend Hours Minutes Time Times Era Age Century Decade Season
Earlier Later Soon Already Again Ago Away Back Down Up Out In On At By To From With Of Into
Prior Ahead Alongside Beneath Past Since Till Upon Throughout Whilst Albeit Lest Though
Imagine Suppose Picture Think Consider Note Remember Forget Look Listen Hear Watch See
`)

// demonyms are nationality adjectives and nouns: never entities.
var demonyms = splitWords(`
Afghan Afghans Albanian Albanians Algerian Algerians American Americans Angolan Argentine
Argentinian Argentinians Armenian Armenians Australian Australians Austrian Austrians Azerbaijani
Azeri Bahraini Bangladeshi Belarusian Belarusians Belgian Belgians Bolivian Bosnian Brazilian
Brazilians British Briton Britons Bulgarian Bulgarians Burmese Cambodian Cameroonian Canadian
Canadians Chadian Chilean Chileans Chinese Colombian Colombians Congolese Croatian Croatians Cuban
Cubans Cypriot Czech Czechs Danish Dane Danes Dutch Ecuadorian Egyptian Egyptians Emirati Emiratis
English Eritrean Estonian Estonians Ethiopian Ethiopians European Europeans Filipino Filipinos
Finnish Finn Finns French Frenchman Frenchmen Georgian Georgians German Germans Ghanaian Greek
Greeks Guatemalan Haitian Haitians Honduran Hungarian Hungarians Icelandic Indian Indians
Indonesian Indonesians Iranian Iranians Iraqi Iraqis Irish Israeli Israelis Italian Italians
Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani Kenyan Kenyans Korean Koreans Kosovar
Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan Libyans Lithuanian Lithuanians Luxembourgish
Malagasy Malawian Malaysian Malaysians Malian Maltese Mexican Mexicans Moldovan Mongolian
Montenegrin Moroccan Moroccans Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerians
Nigerien Norwegian Norwegians Omani Pakistani Pakistanis Palestinian Palestinians Panamanian
Paraguayan Peruvian Peruvians Polish Pole Poles Portuguese Qatari Romanian Romanians Russian
Russians Rwandan Saudi Saudis Scottish Scot Scots Senegalese Serbian Serbians Serb Serbs Singaporean
Slovak Slovakian Slovenian Somali Somalis Spanish Spaniard Spaniards Sudanese Swedish Swede Swedes
Swiss Syrian Syrians Taiwanese Tajik Tanzanian Thai Tunisian Turkish Turk Turks Turkmen Ugandan
Ukrainian Ukrainians Uruguayan Uzbek Venezuelan Venezuelans Vietnamese Welsh Yemeni Yemenis
Zambian Zimbabwean Zimbabweans Western Westerners Eastern Asian Asians African Africans Arab Arabs
Arabic Latin Latino Latinos Latina Hispanic Nordic Scandinavian Baltic Balkan Caucasian Slavic
Persian Kurdish Kurd Kurds Pashtun Tamil Sikh Hindu Hindus Muslim Muslims Christian Christians
Jewish Jew Jews Catholic Catholics Protestant Protestants Orthodox Sunni Shia Shiite Buddhist
Soviet Soviets Crimean Chechen Siberian Bavarian Catalan Basque Flemish Walloon Texan Texans
Californian Californians Floridian New Yorker Londoner Londoners Parisian Muscovite Muscovites
Republican Republicans Democrat Democrats Democratic Tory Tories Conservative Conservatives Liberal Liberals
Socialist Socialists Communist Communists Labourite Green Greens Nazi Nazis Brexiteer Brexiteers
Olympic Olympics Paralympic Paralympics Transatlantic Pacific Atlantic Mediterranean Arctic
Islamic Islamist Islamists Jihadist Jihadists Zionist Evangelical Evangelicals Anglo
`)

// monthNames maps month names and abbreviations to month numbers.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// weekdayNames maps weekday names to time.Weekday numbers.
var weekdayNames = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// cueVerbs are reporting verbs that attribute speech.
var cueVerbs = splitWords(`
said says say saying told tells telling wrote writes writing added adds adding asked asks
stated states explained explains noted notes argued argues arguing insisted insists insisting
claimed claims claiming declared declares announced announces warned warns warning stressed
stresses replied replies responded responds recalled recalls posted posts tweeted tweets
described describes describing calling called acknowledged acknowledges admitted admits
suggested suggests urged urges vowed vows promised promises pledged pledges commented comments
remarked remarks confirmed confirms denied denies observed observes predicted predicts
criticised criticized criticises criticizes dubbed labelled labeled branded quipped joked
conceded concedes emphasised emphasized maintained maintains continued continues asserted
asserting asserts reported reports reiterated reiterates complained complains boasted
announcing declaring insisting conceding noting explaining recounting recounted
characterised characterized calls describes decried decries hailed hails lamented laments
texted messaged shouted yelled whispered cried exclaimed mused wondered cautioned agreed
testified testifies concluded concludes accused accuses alleged alleges contended contends
tells telling thanked demanded demands questioned says boasting boasted boasts quoted quoting
acknowledging admitting suggesting urging vowing promising pledging commenting remarking confirming
denying observing predicting criticising criticizing stressing emphasising emphasizing maintaining
recalling replying responding explaining arguing warning concluding testifying accusing alleging
tweeting posting writing telling asking adding noting announcing declaring insisting claiming
`)

// pronouns that can stand for a person speaker.
var personPronouns = map[string]bool{"he": true, "she": true, "He": true, "She": true}

// relationTriggers are verbs and nouns that make a link between two
// entities in one clause; the value is the label written on the edge.
var relationTriggers = map[string]string{
	"joined": "joined", "joins": "joined", "join": "joined", "call": "call", "called": "called",
	"calls": "called", "phoned": "call", "telephone": "call", "phone": "call", "phonecall": "call",
	"spoke": "spoke with", "speak": "spoke with", "talks": "talks", "talked": "spoke with",
	"met": "met", "meet": "met", "meeting": "met", "meets": "met", "congratulated": "congratulated",
	"congratulate": "congratulated", "congratulates": "congratulated", "praised": "praised",
	"praises": "praised", "criticised": "criticised", "criticized": "criticised", "mocked": "mocked",
	"mocks": "mocked", "attacked": "attacked", "accused": "accused", "sued": "sued", "suing": "sued",
	"thanked": "thanked", "endorsed": "endorsed", "backed": "backed", "supports": "supports",
	"support": "supports", "supported": "supports", "supporting": "supports",
	"founded": "founded", "founder": "founder", "co-founder": "founder", "owns": "owns",
	"owned": "owns", "owner": "owns", "bought": "bought", "acquired": "acquired",
	"spokesman": "spokesman", "spokeswoman": "spokeswoman", "spokesperson": "spokesperson",
	"ceo": "chief executive", "chief": "chief", "head": "head", "leader": "leader",
	"president": "president", "minister": "minister", "chairman": "chairman", "director": "director",
	"pay": "pays for", "pays": "pays for", "paid": "pays for", "funded": "funded",
	"funds": "funded", "fund": "funded", "provided": "provides", "provides": "provides",
	"written": "wrote about", "wrote": "wrote about", "biography": "biography", "interviewed": "interviewed",
	"told": "told", "contact": "in contact", "discussed": "discussed", "negotiated": "negotiated",
	"signed": "signed", "hired": "hired", "fired": "fired", "appointed": "appointed",
	"nominated": "nominated", "named": "named", "sanctioned": "sanctioned", "invaded": "invaded",
	"invade": "invaded", "threatened": "threatened", "warned": "warned", "visited": "visited",
	"hosted": "hosted", "welcomed": "welcomed", "defeated": "defeated", "beat": "beat",
	"billionaire": "billionaire", "company": "company", "employer": "employer", "works": "works for",
	"worked": "worked for", "ally": "ally", "allies": "ally", "rival": "rival", "partner": "partner",
	"advised": "advised", "adviser": "adviser", "aide": "aide", "married": "married", "wife": "wife",
	"husband": "husband", "son": "son", "daughter": "daughter", "brother": "brother",
	"sister": "sister", "replaced": "replaced", "succeeded": "succeeded", "challenged": "challenged",
	"between": "between", "with": "with", "against": "against", "between's": "",
	"asked": "asked", "urged": "urged", "blamed": "blamed", "denied": "denied", "rejected": "rejected",
	"investigated": "investigated", "charged": "charged", "arrested": "arrested", "accompanied": "accompanied",
	"dialogue": "dialogue", "ready": "", "contracts": "contracts", "relationship": "relationship",
	"relationships": "relationship", "deal": "deal", "agreement": "agreement", "agreed": "agreed",
}

// currencyCodes are ISO 4217 codes of the most traded currencies (source:
// the ISO 4217 list kept by SIX Group): money, not organisations.
var currencyCodes = splitWords(`USD EUR GBP JPY CHF CNY RMB HKD AUD CAD NZD SEK NOK DKK ISK INR RUB BRL MXN ARS CLP COP PEN
ZAR KRW SGD TWD THB MYR IDR PHP VND PKR BDT LKR TRY PLN CZK HUF RON BGN HRK UAH ILS AED SAR QAR KWD BHD OMR EGP
NGN KES GHS MAD TND XAF XOF`)
