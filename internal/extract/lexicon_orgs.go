package extract

// orgNames is a broad gazetteer of well-known organisations: international
// bodies, governments' agencies, news outlets and agencies, large companies
// and platforms. Values are canonical names ("" means the key itself).
var orgNames = map[string]string{
	// international and intergovernmental
	"United Nations": "", "UN": "United Nations", "U.N.": "United Nations", "Nato": "Nato", "NATO": "Nato",
	"North Atlantic Treaty Organization": "Nato", "European Union": "", "EU": "European Union",
	"European Commission": "", "European Parliament": "", "European Central Bank": "", "ECB": "European Central Bank",
	"International Monetary Fund": "", "IMF": "International Monetary Fund", "World Bank": "",
	"World Health Organization": "", "WHO": "World Health Organization", "World Trade Organization": "",
	"WTO": "World Trade Organization", "Unicef": "", "UNICEF": "Unicef", "UNHCR": "", "Unesco": "", "UNESCO": "Unesco",
	"Red Cross": "", "International Committee of the Red Cross": "", "ICRC": "International Committee of the Red Cross",
	"Amnesty International": "", "Human Rights Watch": "", "Greenpeace": "", "Oxfam": "",
	"Doctors Without Borders": "", "MSF": "Doctors Without Borders", "OPEC": "", "Opec": "OPEC",
	"G7": "", "G20": "", "African Union": "", "Arab League": "", "Asean": "", "ASEAN": "Asean",
	"International Criminal Court": "", "ICC": "International Criminal Court", "International Court of Justice": "",
	"Security Council": "UN Security Council", "UN Security Council": "", "General Assembly": "UN General Assembly",
	"IAEA": "International Atomic Energy Agency", "International Atomic Energy Agency": "",
	"Interpol": "", "Europol": "", "OSCE": "", "Council of Europe": "",
	"Hamas": "", "Hezbollah": "", "Taliban": "", "Islamic State": "", "ISIS": "Islamic State",
	"Isis": "Islamic State", "al-Qaeda": "", "Al-Qaeda": "al-Qaeda", "Houthis": "", "Wagner": "Wagner Group",
	"Wagner Group": "",
	// US government
	"White House": "", "Pentagon": "", "Congress": "", "Senate": "", "House of Representatives": "",
	"Supreme Court": "", "State Department": "", "Justice Department": "", "Department of Justice": "",
	"Department of Defense": "", "Defense Department": "", "Treasury": "", "Federal Reserve": "",
	"Fed": "Federal Reserve", "FBI": "", "CIA": "", "NSA": "", "NASA": "", "Nasa": "NASA", "FAA": "",
	"FDA": "", "CDC": "", "EPA": "", "SEC": "", "FCC": "", "FTC": "", "IRS": "", "DHS": "",
	"Department of Homeland Security": "", "Homeland Security": "Department of Homeland Security",
	"ICE": "", "Secret Service": "", "National Guard": "", "Marines": "", "Air Force": "",
	"Navy": "", "Army": "", "Coast Guard": "", "National Security Council": "", "Capitol Police": "",
	"Republican Party": "", "Democratic Party": "", "GOP": "Republican Party", "DNC": "", "RNC": "",
	"National Weather Service": "", "NOAA": "", "Census Bureau": "", "Smithsonian": "",
	"Voice of America": "", "VOA": "Voice of America", "USAID": "", "Peace Corps": "",
	// UK and European government and parties
	"Downing Street": "", "Home Office": "", "Foreign Office": "", "Treasury Department": "",
	"Ministry of Defence": "", "MoD": "Ministry of Defence", "NHS": "", "Bank of England": "",
	"Parliament": "", "House of Commons": "", "House of Lords": "", "Labour": "Labour Party",
	"Labour Party": "", "Conservative Party": "", "Liberal Democrats": "", "Lib Dems": "Liberal Democrats",
	"SNP": "", "Reform UK": "", "Met Police": "Metropolitan Police", "Metropolitan Police": "",
	"Scotland Yard": "", "MI5": "", "MI6": "", "GCHQ": "", "Ofcom": "", "Ofgem": "", "Ofsted": "",
	"Bundestag": "", "Bundesbank": "", "Elysee": "", "Élysée": "Elysee", "Kremlin": "", "Duma": "",
	"FSB": "", "KGB": "", "GRU": "", "Rosatom": "", "Gazprom": "", "Rosneft": "", "Knesset": "",
	"IDF": "Israel Defense Forces", "Israel Defense Forces": "", "Mossad": "", "Shin Bet": "",
	"Politburo": "", "Communist Party": "", "Chinese Communist Party": "", "PLA": "",
	"Verkhovna Rada": "", "Rada": "Verkhovna Rada",
	// news outlets and agencies
	"CNN": "", "BBC": "", "Reuters": "", "Associated Press": "", "AP": "Associated Press",
	"AFP": "", "Agence France-Presse": "AFP", "Bloomberg": "", "Axios": "", "Politico": "",
	"New York Times": "", "Washington Post": "", "Wall Street Journal": "", "WSJ": "Wall Street Journal",
	"Financial Times": "", "FT": "Financial Times", "The Economist": "", "Economist": "The Economist",
	"Guardian": "The Guardian", "The Guardian": "", "Times": "", "Sunday Times": "",
	"Telegraph": "", "Daily Telegraph": "Telegraph", "The Independent": "",
	"Daily Mail": "", "Daily Mirror": "", "Daily Express": "",
	"Evening Standard": "", "Sky News": "", "ITV": "", "ITV News": "", "Channel 4": "",
	"NBC": "", "NBC News": "", "CBS": "", "CBS News": "", "ABC": "", "ABC News": "", "Fox News": "",
	"MSNBC": "", "NPR": "", "PBS": "", "CNBC": "", "USA Today": "", "Los Angeles Times": "",
	"Chicago Tribune": "", "Boston Globe": "", "The Atlantic": "", "New Yorker": "", "Newsweek": "",
	"Vox": "", "BuzzFeed": "", "HuffPost": "", "Huffington Post": "HuffPost",
	"Business Insider": "", "The Hill": "", "Semafor": "", "ProPublica": "",
	"Al Jazeera": "", "Deutsche Welle": "", "DW": "Deutsche Welle", "Euronews": "", "France 24": "",
	"Le Monde": "", "Le Figaro": "", "Der Spiegel": "", "Spiegel": "Der Spiegel", "Die Zeit": "",
	"Bild": "", "El Pais": "", "El País": "El Pais", "Corriere della Sera": "", "La Repubblica": "",
	"Tass": "", "TASS": "Tass", "RIA Novosti": "", "RT": "", "Interfax": "", "Xinhua": "",
	"CCTV": "", "Global Times": "", "Yonhap": "", "Kyodo": "", "NHK": "", "Times of India": "",
	"Haaretz": "", "Jerusalem Post": "", "Times of Israel": "", "Kyiv Independent": "",
	"Ukrainska Pravda": "", "Ukrinform": "", "Meduza": "", "Novaya Gazeta": "", "ABC 7": "",
	"Sydney Morning Herald": "", "The Australian": "", "CBC": "", "Globe and Mail": "",
	"South China Morning Post": "", "Straits Times": "", "Nikkei": "",
	"Hollywood Reporter": "", "Rolling Stone": "", "Forbes": "",
	"The Verge": "", "TechCrunch": "", "Ars Technica": "", "Engadget": "",
	"Lancet": "", "The Lancet": "Lancet", "Press Association": "", "PA Media": "", "UPI": "",
	// companies and platforms
	"Apple": "", "Google": "", "Alphabet": "", "Microsoft": "", "Amazon": "", "Meta": "",
	"Facebook": "", "Instagram": "", "WhatsApp": "", "Twitter": "", "TikTok": "", "ByteDance": "",
	"YouTube": "", "Netflix": "", "Spotify": "", "Snapchat": "", "Reddit": "", "LinkedIn": "",
	"Telegram": "", "Truth Social": "", "OpenAI": "", "Anthropic": "", "DeepMind": "",
	"Nvidia": "", "Intel": "", "AMD": "", "IBM": "", "Oracle": "", "Samsung": "", "Sony": "",
	"Huawei": "", "Xiaomi": "", "Alibaba": "", "Tencent": "", "Baidu": "", "Uber": "", "Lyft": "",
	"Airbnb": "", "PayPal": "", "Visa": "", "Mastercard": "", "Tesla": "", "SpaceX": "",
	"Blue Origin": "", "Boeing": "", "Airbus": "", "Lockheed Martin": "", "Raytheon": "",
	"General Motors": "", "GM": "General Motors", "Ford": "", "Toyota": "", "Volkswagen": "",
	"BMW": "", "Mercedes-Benz": "", "Stellantis": "", "Honda": "", "Nissan": "", "Hyundai": "",
	"Renault": "", "Ferrari": "", "Shell": "", "BP": "", "ExxonMobil": "", "Exxon": "ExxonMobil",
	"Chevron": "", "Saudi Aramco": "", "Aramco": "Saudi Aramco", "TotalEnergies": "",
	"Goldman Sachs": "", "JPMorgan": "", "JPMorgan Chase": "JPMorgan", "Morgan Stanley": "",
	"Citigroup": "", "Citi": "Citigroup", "Bank of America": "", "Wells Fargo": "", "HSBC": "",
	"Barclays": "", "Lloyds": "", "NatWest": "", "Deutsche Bank": "", "UBS": "", "Credit Suisse": "",
	"BlackRock": "", "Berkshire Hathaway": "", "Walmart": "", "Costco": "",
	"Starbucks": "", "McDonald's": "", "Coca-Cola": "", "PepsiCo": "", "Nike": "", "Adidas": "",
	"Disney": "", "Warner Bros": "", "Warner Bros. Discovery": "", "Paramount": "", "Comcast": "",
	"Pfizer": "", "Moderna": "", "AstraZeneca": "", "Johnson & Johnson": "", "BioNTech": "",
	"Novartis": "", "Roche": "", "Bayer": "", "Siemens": "", "Unilever": "", "Nestle": "",
	"Nestlé": "Nestle", "Qualcomm": "", "Cisco": "", "Salesforce": "",
	"Dell": "", "HP": "", "Lenovo": "", "Foxconn": "", "TSMC": "", "ASML": "",
	"Virgin":          "",
	"Virgin Galactic": "", "Ryanair": "", "EasyJet": "", "British Airways": "", "Lufthansa": "",
	"Air France": "", "Emirates": "", "Qatar Airways": "", "United Airlines": "",
	"American Airlines": "", "FIFA": "", "Fifa": "FIFA", "UEFA": "", "Uefa": "UEFA", "IOC": "",
	"NFL": "", "NBA": "", "MLB": "", "NHL": "", "Premier League": "", "Formula One": "",
	// automotive, aerospace, finance, telecoms, media (broad, well known)
	"Chrysler": "", "Daimler": "", "DaimlerChrysler": "", "Fiat": "", "Opel": "", "Saab": "", "Volvo": "",
	"Peugeot": "", "Citroen": "", "Citroën": "Citroen", "Kia": "", "Mazda": "", "Subaru": "", "Suzuki": "",
	"Mitsubishi": "", "Porsche": "", "Audi": "", "Lexus": "", "Jaguar Land Rover": "", "Bentley": "",
	"Rolls-Royce": "", "Embraer": "", "Bombardier": "", "EADS": "", "Lockheed": "Lockheed Martin",
	"Northrop Grumman": "", "General Dynamics": "", "Qantas": "", "Singapore Airlines": "", "Air Canada": "",
	"KLM": "", "Iberia": "", "Alitalia": "", "Virgin Atlantic": "", "Southwest Airlines": "", "JetBlue": "",
	"Lehman Brothers": "", "Merrill Lynch": "", "Bear Stearns": "", "AIG": "", "Wachovia": "",
	"Washington Mutual": "", "Fannie Mae": "", "Freddie Mac": "", "Countrywide": "", "Northern Rock": "",
	"Royal Bank of Scotland": "", "RBS": "Royal Bank of Scotland", "Lloyds TSB": "", "HBOS": "",
	"BNP Paribas": "", "Société Générale": "", "Societe Generale": "", "Santander": "", "ING": "",
	"Fortis": "", "Dexia": "", "Commerzbank": "", "Allianz": "", "AXA": "", "Nomura": "", "Mizuho": "",
	"Nintendo": "", "Yahoo": "", "Yahoo!": "Yahoo", "eBay": "", "Hewlett-Packard": "", "Motorola": "",
	"Nokia": "", "Ericsson": "", "BlackBerry": "", "Research In Motion": "", "AT&T": "", "Verizon": "",
	"T-Mobile": "", "Vodafone": "", "Deutsche Telekom": "", "Telefonica": "", "Telefónica": "Telefonica",
	"Pixar": "", "DreamWorks": "", "EMI": "", "Warner Music": "", "Sony BMG": "", "Time Warner": "",
	"News Corp": "", "News Corporation": "News Corp", "Viacom": "", "Dow Jones": "", "Nasdaq": "",
	"NYSE": "", "New York Stock Exchange": "", "London Stock Exchange": "", "Standard & Poor's": "",
	"Moody's": "", "Fitch": "", "Gallup": "", "Pew Research Center": "", "Quinnipiac University": "",
	"Monmouth University": "", "YouGov": "", "Ipsos": "", "Rasmussen Reports": "", "Morning Consult": "",
	"Breitbart": "", "Breitbart News": "", "Drudge Report": "", "Daily Caller": "", "Clinton Foundation": "",
	"Trump Organization": "", "Heritage Foundation": "", "Brookings Institution": "", "Cato Institute": "",
	"ACLU": "", "NAACP": "", "NRA": "National Rifle Association", "National Rifle Association": "",
	"Planned Parenthood": "", "Tea Party": "", "Federal Election Commission": "", "FEC": "Federal Election Commission",
	"Harvard": "Harvard University", "Harvard University": "", "Yale": "Yale University",
	"Stanford": "Stanford University", "MIT": "", "Oxford University": "University of Oxford",
	"Cambridge University": "University of Cambridge", "Princeton": "Princeton University",
	"Columbia University": "",
}

// orgSuffixes end organisation names ("Acme Inc", "Labour Party").
var orgSuffixes = map[string]bool{
	"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Corporation": true, "Ltd": true,
	"Ltd.": true, "LLC": true, "PLC": true, "plc": true, "Co": true, "Co.": true, "Company": true,
	"Group": true, "Holdings": true, "Party": true, "Ministry": true, "Department": true,
	"University": true, "College": true, "School": true, "Institute": true, "Foundation": true,
	"Association": true, "Council": true, "Committee": true, "Commission": true, "Agency": true,
	"Bank": true, "Authority": true, "Office": true, "Bureau": true, "Service": true,
	"Services": true, "Network": true, "News": true, "Times": true, "Post": true, "Journal": true,
	"Herald": true, "Tribune": true, "Gazette": true, "Telegraph": true, "Guardian": true,
	"Press": true, "Media": true, "Television": true, "Radio": true, "Broadcasting": true,
	"Forces": true, "Force": true, "Army": true, "Navy": true, "Police": true, "Guard": true,
	"Union": true, "League": true, "Club": true, "FC": true, "United": true, "Federation": true,
	"Clinic": true, "Clinics": true,
	"Organisation": true, "Organization": true, "Society": true, "Trust": true, "Fund": true,
	"Board": true, "Parliament": true, "Assembly": true, "Senate": true, "Congress": true,
	"Cabinet": true, "Government": true, "Administration": true, "Airlines": true, "Airways": true,
	"Motors": true, "Technologies": true, "Systems": true, "Industries": true, "Labs": true,
	"Laboratories": true, "Partners": true, "Capital": true, "Ventures": true, "Entertainment": true,
	"Studios": true, "Pictures": true, "Records": true, "Energy": true, "Pharmaceuticals": true,
	"Institution": true, "Alliance": true, "Coalition": true, "Movement": true, "Front": true,
	"Brigade": true, "Battalion": true, "Regiment": true, "Corps": true, "Command": true,
	"Brothers": true, "Sachs": true, "Oil": true, "Gas": true, "Power": true, "Mobile": true, "Rail": true, "Trustees": true, "Guild": true,
	"Partnership": true, "Consortium": true, "Cooperative": true, "Co-operative": true, "Brewery": true,
	"Brewing": true, "Supermarkets": true, "Films": true, "Productions": true, "Publishing": true, "Books": true,
	"Magazine": true, "Telecommunications": true, "Bancshares": true,
	"Management": true, "Research": true, "Advisors": true,
	"Advisers": true, "Analytics": true, "Consulting": true, "Associates": true, "Airport's": false,
	"Logistics": true, "Solutions": true, "Software": true, "Pharma": true, "Foods": true, "Insurance": true,
	"Securities": true, "Investments": true, "Resources": true, "Mining": true, "Steel": true, "Petroleum": true,
	"Telecom": true, "Communications": true, "Shipping": true, "Construction": true, "Electric": true,
	"Electronics": true, "Chemicals": true, "Brands": true, "Retail": true, "Stores": true, "Exchange": true,
	"Bancorp": true, "Airways's": false, "Railways": true, "Railway": true, "Hospitality": true, "Robotics": true,
	"Semiconductor": true, "Biotech": true, "Therapeutics": true, "Aerospace": true, "Defense": false,
	"Chronicle": true, "Standard": false, "Courier": true, "Examiner": true, "Inquirer": true, "Gazette's": false,
	"Embassy": true, "Consulate": true, "Mission": true, "Secretariat": true,
	"Centre": false, "Center": false, "Academy": true, "Museum": true, "Library": true,
	"Church": false, "Court": false, "Council's": true, "Inc's": true,
}

// orgPrefixes start organisation names ("Ministry of Defence", "University of Oxford").
var orgPrefixes = map[string]bool{
	"Ministry": true, "Department": true, "University": true, "Bank": true, "Institute": true,
	"Office": true, "Council": true, "Committee": true, "Commission": true, "House": true,
	"Board": true, "Bureau": true, "Federation": true, "Association": true, "Society": true,
	"Church": true, "Order": true, "Party": true, "Union": true, "League": true, "Agency": true,
	"Court": false, "Academy": true, "Museum": true, "College": true, "School": true,
}

// orgHeads are lowercase nouns after a capitalised name that make it an
// organisation ("the Acme company", "Foo's board").
var orgHeads = map[string]bool{
	"company": true, "companies": true, "firm": true, "group": true, "ministry": true, "government": true,
	"party": true, "agency": true, "newspaper": true, "outlet": true, "network": true, "bank": true,
	"university": true, "army": true, "military": true, "navy": true, "corporation": true, "startup": true,
	"start-up": true, "brand": true, "maker": true, "manufacturer": true, "carrier": true, "airline": true,
	"retailer": true, "chain": true, "giant": true, "conglomerate": true, "broadcaster": true,
	"channel": true, "website": true, "platform": true, "app": true, "service": true, "network's": true,
	"board": true, "team": true, "club": true, "union": true, "council": true, "committee": true,
	"administration": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"spokespeople": true, "official": true, "officials": true, "executive": true, "executives": true,
	"chief": true, "founder": true, "employees": true, "staff": true, "shares": true, "stock": true,
	"report": true, "investigation": true, "analysis": true, "poll": true, "survey": true,
	"lawmakers": true, "leadership": true, "leaders": true, "ceo": true, "boss": true,
	"satellites": true, "satellite": true, "terminals": true, "subsidiary": true, "division": true,
	"unit": true, "contract": true, "contracts": true, "department": true, "office": true,
}

// honorifics precede a person's name and are not part of it.
var honorifics = map[string]bool{
	"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Miss": true,
	"Mx": true, "Dr": true, "Dr.": true, "Prof": true, "Prof.": true, "Professor": true, "Sir": true,
	"Dame": true, "Lord": true, "Lady": true, "Rev": true, "Rev.": true, "Reverend": true,
	"Father": true, "Sister": true, "Brother": true, "Rabbi": true, "Imam": true, "Sheikh": true,
	"President": true, "President-elect": true, "Vice-President": true, "Vice": true,
	"Premier": true, "Chancellor": true, "Senator": true, "Sen": true, "Sen.": true,
	"Rep": true, "Rep.": true, "Representative": true, "Congressman": true, "Congresswoman": true,
	"Governor": true, "Gov": true, "Gov.": true, "Mayor": true, "Judge": true, "Justice": true,
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Pope": true, "Emperor": true,
	"General": true, "Gen": true, "Gen.": true, "Lt": true, "Lt.": true, "Col": true, "Col.": true,
	"Colonel": true, "Major": true, "Maj": true, "Captain": true, "Capt": true, "Capt.": true,
	"Admiral": true, "Adm": true, "Adm.": true, "Sgt": true, "Sgt.": true, "Sergeant": true,
	"Commander": true, "Marshal": true, "Field": false, "Minister": true, "Secretary": true,
	"Ambassador": true, "Chairman": true, "Chairwoman": true, "Chair": true, "Speaker": true,
	"Leader": true, "Chief": true, "Head": true, "Director": true, "Commissioner": true, "Inspector": true,
	"Detective": true, "Officer": true, "Constable": true, "Superintendent": true, "Coach": true,
	"Manager": true, "CEO": true, "Deputy": true, "Acting": true, "Former": true, "Prime": true,
	"Foreign": false, "Defence": false, "Defense": false, "Attorney": true, "Dean": true,
	"Archbishop": true, "Bishop": true, "Cardinal": true, "Ayatollah": true, "Crown": true,
	"Duke": true, "Duchess": true, "Earl": true, "Baroness": true, "Baron": true, "Councillor": true,
	"Councilman": true, "Councilwoman": true, "Assemblyman": true, "Assemblywoman": true,
	"Trooper": true, "Private": false, "Corporal": true, "Lieutenant": true, "Brigadier": true,
	"Spokesman": true, "Spokeswoman": true, "Spokesperson": true, "Principal": true, "Assistant": true,
	"Associate": true, "Undersecretary": true, "Under": true, "Special": true, "Envoy": true,
	"Executive": true, "Senior": true, "Presidential": true, "Candidate": true, "Hopeful": true,
	"Majority": true, "Minority": true, "Whip": true, "Chairwoman's": false, "Ranking": true,
}

// portfolioWords name a portfolio or committee before a title ("Finance
// Chair Jane Roe"); alone they are not entities.
var portfolioWords = splitWords(`Finance Budget Foreign Defense Defence Energy Health Judiciary Intelligence
Appropriations Commerce Education Transport Transportation Interior Justice Treasury Trade Agriculture Labor
Labour Environment Housing Security Homeland Veterans Ethics Rules Culture Sports Economy Home Communications`)

// titleOfWords follow "Secretary of", "Minister of" in a title.
var titleOfWords = splitWords(`State Defense Defence Health Education Energy Commerce Treasury Labor Labour
Transportation Agriculture Interior Justice Homeland Veterans Finance Culture Trade Industry Foreign Exchequer`)

// workHeads after a capitalised name make it a work or a product, not an
// entity ("the Roundtable television program").
var workHeads = splitWords(`program programme show series film movie book novel album song single documentary
podcast newsletter column episode play musical opera game video app magazine memoir biography`)

// eventNames are named days and events, not entities.
var eventNames = splitWords(`Christmas Easter Thanksgiving Halloween Ramadan Eid Hanukkah Diwali Passover Lent
Brexit Olympics Paralympics Holocaust Renaissance Reformation Covid COVID Covid-19 COVID-19 Coronavirus Ebola Omicron`)

// addressHonorifics are kept as alias forms ("Mr Smith").
var addressHonorifics = map[string]bool{
	"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true,
	"Dr.": true, "President": true,
}

// roleNouns are lowercase (or title) nouns naming a person's role; they
// form descriptors ("Kremlin spokesman", "tech tycoon") and role relations.
var roleNouns = map[string]bool{
	"president": true, "president-elect": true, "vice-president": true, "prime": true, "minister": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "secretary": true,
	"chancellor": true, "leader": true, "chief": true, "head": true, "founder": true,
	"co-founder": true, "cofounder": true, "owner": true, "chairman": true, "chairwoman": true,
	"chair": true, "ceo": true, "executive": true, "director": true, "boss": true, "tycoon": true,
	"billionaire": true, "entrepreneur": true, "mogul": true, "magnate": true, "businessman": true,
	"businesswoman": true, "investor": true, "senator": true, "governor": true, "mayor": true,
	"ambassador": true, "envoy": true, "diplomat": true, "official": true, "general": true,
	"commander": true, "adviser": true, "advisor": true, "aide": true, "analyst": true,
	"economist": true, "professor": true, "researcher": true, "scientist": true, "author": true,
	"biographer": true, "writer": true, "journalist": true, "reporter": true, "correspondent": true,
	"editor": true, "columnist": true, "lawyer": true, "attorney": true, "judge": true,
	"prosecutor": true, "candidate": true, "nominee": true, "lawmaker": true, "legislator": true,
	"congressman": true, "congresswoman": true, "representative": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "star": true, "singer": true, "actor": true,
	"actress": true, "striker": true, "captain": true, "coach": true, "manager": true,
	"striker's": false, "rapper": true, "musician": true, "artist": true, "designer": true,
	"champion": true, "premier": true, "dictator": true, "strongman": true, "monarch": true,
	"activist": true, "campaigner": true, "critic": true, "dissident": true, "opposition": false,
	"chancellor-elect": true, "deputy": true, "negotiator": true, "officer": true, "soldier": true,
	"spy": true, "banker": true, "trader": true, "engineer": true, "doctor": true, "surgeon": true,
	"nurse": true, "teacher": true, "student": true, "pilot": true, "astronaut": true,
	"republican": false, "commissioner": true, "inspector": true, "detective": true,
	"superintendent": true, "sheriff": true, "warden": true, "ruler": true, "emir": true,
	"sheikh": true, "cleric": true, "bishop": true, "archbishop": true, "rabbi": true, "imam": true,
	"administrator": true, "director-general": true, "secretary-general": true, "attorney-general": true,
	"treasurer": true, "comptroller": true, "auditor": true, "registrar": true,
}

// firstNames is a list of common given names from many languages, used to
// recognise person names.
var firstNames = splitWords(`
Aaron Abdul Abdullah Abraham Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alex Alexander
Alexandra Alexei Alexey Alfred Ali Alice Alicia Alison Amanda Amber Amy Ana Anders Andre Andrea
Andrei Andrew Andrés Andrzej Angela Angelina Anita Ann Anna Anne Annie Anthony Antonio Antony
Anwar Ariel Arnold Arthur Ashley Audrey Barack Barbara Ben Benjamin Bernard Bernie Beth Betty
Bill Billy Bob Bobby Boris Brad Bradley Brandon Brenda Brett Brian Bruce Bryan Camilla Carl Carla
Carlos Carol Caroline Catherine Cathy Cecilia Charles Charlie Charlotte Cheryl Chris Christian
Christina Christine Christopher Chuck Claire Clara Claudia Colin Connor Craig Cynthia Dan Daniel
Daniela Danny Dave David Dean Deborah Debbie Denis Dennis Derek Diana Diane Dick Dmitry Dmitri
Dominic Don Donald Donna Doug Douglas Ed Eddie Edward Elena Eli Elizabeth Ella Ellen Emily
Emma Emmanuel Eric Erik Erin Ethan Eugene Eva Evan Fatima Felix Fernando Fiona Frances Francis
Francisco Frank Fred Frederick Gabriel Gary Gavin Geoffrey George Georgia Gerald Gerhard Gina
Giorgia Giovanni Glenn Gordon Grace Graham Greg Gregory Hannah Hans Harold Harriet Harry Heather
Heidi Helen Henry Hillary Hugh Hugo Ian Igor Ilya Ingrid Irene Isaac Isabel Isabella Ivan Jack
Jackie Jacob Jacqueline Jake James Jamie Jan Jane Janet Jared Jason Javier Jean Jeff Jeffrey
Jennifer Jenny Jeremy Jerome Jerry Jess Jessica Jill Jim Jimmy Joan Joanna Joe Joel Johann John
Johnny Jon Jonathan Jordan Jorge Jose José Joseph Josh Joshua Joyce Juan Judith Judy Julia Julian
Julie Justin Kamala Karen Karl Kate Katherine Kathleen Kathryn Katie Keir Keith Kelly Ken Kenneth
Kevin Kim Kirsten Klaus Kristen Kristi Kurt Kyle Larry Laura Lauren Lawrence Lee Leo Leon Leonard
Leslie Liam Linda Lindsey Lisa Liz Louis Louise Lucas Lucy Luis Luke Lynn Maria Marco Margaret
Maria Marie Marina Mario Mark Marco Martha Martin Mary Matt Matthew Maurice Max Maxim Megan Melania
Melissa Mia Michael Michel Michelle Miguel Mike Mikhail Mila Mitch Mohammed Mohamed Muhammad
Mohammad Nadia Nancy Natalia Natalie Nathan Neil Nicholas Nick Nicola Nicolas Nikki Nina Noah
Oleg Oliver Olivia Omar Oscar Pamela Pat Patricia Patrick Paul Paula Pedro Peter Petro Phil
Philip Pierre Rachel Rafael Ralph Ramon Raymond Rebecca Richard Rick Rishi Rob Robert Roberto
Robin Roger Ron Ronald Rosa Rose Ross Roy Ruby Russell Ruth Ryan Sam Samantha Samuel Sandra Sara
Sarah Scott Sean Sebastian Sergei Sergey Shane Sharon Sheila Simon Sofia Sophie Stanley Stefan
Stephanie Stephen Steve Steven Susan Suzanne Tara Ted Teresa Terry Theresa Thomas Tim Timothy Tina
Todd Tom Tommy Tony Tracy Valerie Vanessa Victor Victoria Viktor Vincent Virginia Vivian Vladimir
Volodymyr Walter Wang Wayne Wendy William Willie Xi Yasmin Yulia Yuri Yusuf Zach Zachary Zoe
Abby Ada Agnes Aisha Akira Alain Alastair Aleksandr Alessandro Ali Amir Angus Ann-Marie Antoine
Ashraf Ayman Benedict Benoit Bernd Bertrand Björn Boyd Brendan Bridget Caitlin Callum Cameron
Carmen Cesar Chen Chloe Clarence Clint Cody Cole Conor Cristina Dale Damian Darren Dean Declan
Deepak Devon Dimitri Dolores Dylan Earl Elias Elijah Elise Eliza Elliot Emil Emilio Enrique Ernest
Esther Fabio Farah Faisal Francesca Franz Gabriela Gareth Gemma Gideon Gilbert Giuseppe Gloria
Grant Gustavo Hamid Hassan Hector Helena Herbert Hiroshi Holly Howard Hunter Hussein Ibrahim
Imran Isaiah Ismail Ivana Jaime Jakob Jamal Janice Jasmine Jay Jayden Jesse Jesus Joanne Joaquin
Jonas Josef Josephine Joy Juliet Jürgen Kai Kareem Karim Katarina Kenji Khalid Kiran Kristina
Kwame Lars Laszlo Leila Lena Leonardo Leonid Lewis Li Lily Lorenzo Lorraine Luca Lucia Luigi
Luiz Lukas Magnus Mahmoud Malcolm Manuel Marcel Marcus Margot Marianne Marion Marta Mateo Mathieu
Matteo Maureen Maya Mehmet Mercedes Mikael Milan Miles Miriam Mustafa Naomi Narendra Natasha
Nelson Nigel Niklas Nikolai Nils Noel Norman Olaf Olga Owen Pablo Paolo Pascal Patricia Pavel
Penelope Percy Philippe Priya Rahul Raj Ramzan Rashid Raul Reza Ricardo Riccardo Rita Rodrigo
Roland Roman Rosalind Rudy Rupert Saad Sabrina Salman Salvador Sanjay Santiago Sasha Saul Selena
Serena Sergio Shirley Sigrid Silvia Simone Stuart Sunil Sven Sylvia Takeshi Tamara Tatiana
Thierry Tobias Travis Trevor Tyler Ulrich Ursula Valentina Vera Veronica Vikram Vivek Werner
Wilhelm Winston Wolfgang Yael Yannick Yevgeny Yoav Yoshi Yuki Yves Zainab Zhang Zoltan
Benjamin Emmanuel Recep Tayyip Jair Javier Olaf Justin Narendra Shinzo Fumio Jacinda Sanna
Jens Mette Ulf Pedro Gustavo Andrés Claudia Viktor Aleksandar Petr Antonio Giorgio Sergio
Lula Nicolás Evo Hugo Luiz Inácio Cyril Jacob Thabo Uhuru William Paul Yoweri Abiy Bola Muhammadu
Kim Moon Yoon Park Lee Shigeru Rodrigo Ferdinand Joko Prabowo Anthony Scott Malcolm Kevin Julia
Liz Theresa Rishi Keir Nicola Humza Mark Leo Micheál Enda Jeremy Ed Nadhim Priti Suella Kemi
Yvette Rachel Angela Wes Gavin Ron Greg Kathy Gretchen Josh Jared Ivanka Eric Tiffany Barron
Hunter Jill Kamala Tim JD Mike Nancy Chuck Mitch Kevin Hakeem Alexandria Ilhan Ayanna Rashida
Marjorie Lauren Matt Lindsey Ted Marco Rand Mitt Liz Adam Jamie Jerome Janet Lloyd Pete Tulsi
`)

// splitWords turns a whitespace-separated list into a set.
func splitWords(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[s[start:i]] = true
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}

// femaleNames are given names that are mostly female; other names of
// firstNames count as male unless listed in unisexNames.
var femaleNames = splitWords(`
Abby Ada Agnes Aisha Alexandra Alice Alicia Alison Amanda Amber Amy Ana Anita Ann Anna Anne Annie
Ann-Marie Audrey Barbara Beth Betty Brenda Bridget Caitlin Camilla Carla Carmen Carol Caroline
Catherine Cathy Cecilia Charlotte Cheryl Chloe Christina Christine Claire Clara Claudia Cristina
Cynthia Daniela Deborah Debbie Diana Diane Dolores Donna Elena Elise Eliza Elizabeth Ella Ellen
Emily Emma Erin Esther Eva Farah Fatima Fiona Frances Francesca Gabriela Gemma Georgia Gina Giorgia
Gloria Grace Gretchen Hannah Harriet Heather Heidi Helen Helena Hillary Holly Ilhan Ingrid Irene
Isabel Isabella Ivana Ivanka Jackie Jacinda Jacqueline Jane Janet Janice Jasmine Jennifer Jenny
Jess Jessica Jill Joan Joanna Joanne Josephine Joy Joyce Judith Judy Julia Julie Juliet Kamala
Karen Kate Katarina Katherine Kathleen Kathryn Kathy Katie Kelly Kemi Kirsten Kristen Kristi
Kristina Laura Lauren Leila Lena Linda Lindsey Lisa Liz Lorraine Louise Lucia Lucy Lynn Margaret
Margot Maria Marianne Marie Marina Marion Marjorie Marta Martha Mary Maureen Maya Megan Melania
Melissa Mercedes Mette Mia Michelle Mila Miriam Nadia Nancy Naomi Natalia Natalie Natasha Nicola
Nikki Nina Olga Olivia Pamela Patricia Paula Penelope Priti Priya Rachel Rashida Rebecca Rita Rosa
Rosalind Rose Ruby Ruth Sabrina Samantha Sandra Sanna Sara Sarah Selena Serena Sharon Sheila
Shirley Sigrid Silvia Simone Sofia Sophie Stephanie Suella Susan Suzanne Sylvia Tamara Tara
Tatiana Teresa Theresa Tiffany Tina Tulsi Ursula Valentina Valerie Vanessa Vera Veronica Victoria
Virginia Vivian Wendy Yael Yasmin Yulia Yvette Zainab Zoe Desiree Dorothy Ayanna Alexandria
Angela Giorgia Kristi Nicole Jeanette Stephanie Suni Anne Sarah Hillary Carly Condoleezza Madeleine
Greta Marine Kaja Annalena Janet Christiane Roberta Ngozi Kristalina Chrystia Mélanie Melanie Leticia
Dilma Cristina Michelle Oprah Beyonce Taylor Adele Serena Venus Simone Megan Meghan Kate Camilla Diana
`)

// unisexNames are given names used by men and women.
var unisexNames = splitWords(`Alex Ashley Chris Jamie Jordan Kelly Kim Lee Leslie Pat Robin Sam Sasha Terry Tracy Jan Jess Yuki Li Wang Zhang`)
