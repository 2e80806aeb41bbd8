/**
 * General world knowledge the NLP library lacks: countries with their capitals and demonyms,
 * well-known cities, weekdays, months, titles and role words. Nothing here comes from any one
 * article; it is what an atlas or a style guide would list.
 */

export type Country = { name: string; capital: string; demonym: string; region: string };

// name|capital|demonym|region. Regions group plausible neighbours for distractors.
const COUNTRY_ROWS = `Afghanistan|Kabul|Afghan|south-asia
Albania|Tirana|Albanian|balkans
Algeria|Algiers|Algerian|north-africa
Angola|Luanda|Angolan|south-africa
Argentina|Buenos Aires|Argentine|south-america
Armenia|Yerevan|Armenian|caucasus
Australia|Canberra|Australian|oceania
Austria|Vienna|Austrian|west-europe
Azerbaijan|Baku|Azerbaijani|caucasus
Bahrain|Manama|Bahraini|gulf
Bangladesh|Dhaka|Bangladeshi|south-asia
Belarus|Minsk|Belarusian|east-europe
Belgium|Brussels|Belgian|west-europe
Bolivia|La Paz|Bolivian|south-america
Bosnia and Herzegovina|Sarajevo|Bosnian|balkans
Botswana|Gaborone|Botswanan|south-africa
Brazil|Brasília|Brazilian|south-america
Bulgaria|Sofia|Bulgarian|balkans
Burkina Faso|Ouagadougou|Burkinabe|west-africa
Cambodia|Phnom Penh|Cambodian|southeast-asia
Cameroon|Yaoundé|Cameroonian|central-africa
Canada|Ottawa|Canadian|north-america
Chad|N'Djamena|Chadian|central-africa
Chile|Santiago|Chilean|south-america
China|Beijing|Chinese|east-asia
Colombia|Bogotá|Colombian|south-america
Costa Rica|San José|Costa Rican|central-america
Croatia|Zagreb|Croatian|balkans
Cuba|Havana|Cuban|caribbean
Cyprus|Nicosia|Cypriot|mediterranean
Czech Republic|Prague|Czech|central-europe
Denmark|Copenhagen|Danish|nordic
Democratic Republic of the Congo|Kinshasa|Congolese|central-africa
Dominican Republic|Santo Domingo|Dominican|caribbean
Ecuador|Quito|Ecuadorian|south-america
Egypt|Cairo|Egyptian|north-africa
El Salvador|San Salvador|Salvadoran|central-america
Eritrea|Asmara|Eritrean|east-africa
Estonia|Tallinn|Estonian|baltic
Ethiopia|Addis Ababa|Ethiopian|east-africa
Fiji|Suva|Fijian|oceania
Finland|Helsinki|Finnish|nordic
France|Paris|French|west-europe
Georgia|Tbilisi|Georgian|caucasus
Germany|Berlin|German|west-europe
Ghana|Accra|Ghanaian|west-africa
Greece|Athens|Greek|mediterranean
Guatemala|Guatemala City|Guatemalan|central-america
Haiti|Port-au-Prince|Haitian|caribbean
Honduras|Tegucigalpa|Honduran|central-america
Hungary|Budapest|Hungarian|central-europe
Iceland|Reykjavik|Icelandic|nordic
India|New Delhi|Indian|south-asia
Indonesia|Jakarta|Indonesian|southeast-asia
Iran|Tehran|Iranian|middle-east
Iraq|Baghdad|Iraqi|middle-east
Ireland|Dublin|Irish|west-europe
Israel|Jerusalem|Israeli|middle-east
Italy|Rome|Italian|mediterranean
Ivory Coast|Yamoussoukro|Ivorian|west-africa
Jamaica|Kingston|Jamaican|caribbean
Japan|Tokyo|Japanese|east-asia
Jordan|Amman|Jordanian|middle-east
Kazakhstan|Astana|Kazakh|central-asia
Kenya|Nairobi|Kenyan|east-africa
Kosovo|Pristina|Kosovan|balkans
Kuwait|Kuwait City|Kuwaiti|gulf
Kyrgyzstan|Bishkek|Kyrgyz|central-asia
Laos|Vientiane|Lao|southeast-asia
Latvia|Riga|Latvian|baltic
Lebanon|Beirut|Lebanese|middle-east
Libya|Tripoli|Libyan|north-africa
Lithuania|Vilnius|Lithuanian|baltic
Luxembourg|Luxembourg|Luxembourgish|west-europe
Madagascar|Antananarivo|Malagasy|east-africa
Malawi|Lilongwe|Malawian|south-africa
Malaysia|Kuala Lumpur|Malaysian|southeast-asia
Mali|Bamako|Malian|west-africa
Malta|Valletta|Maltese|mediterranean
Mexico|Mexico City|Mexican|north-america
Moldova|Chișinău|Moldovan|east-europe
Mongolia|Ulaanbaatar|Mongolian|east-asia
Montenegro|Podgorica|Montenegrin|balkans
Morocco|Rabat|Moroccan|north-africa
Mozambique|Maputo|Mozambican|south-africa
Myanmar|Naypyidaw|Burmese|southeast-asia
Namibia|Windhoek|Namibian|south-africa
Nepal|Kathmandu|Nepali|south-asia
Netherlands|Amsterdam|Dutch|west-europe
New Zealand|Wellington|New Zealand|oceania
Nicaragua|Managua|Nicaraguan|central-america
Niger|Niamey|Nigerien|west-africa
Nigeria|Abuja|Nigerian|west-africa
North Korea|Pyongyang|North Korean|east-asia
North Macedonia|Skopje|Macedonian|balkans
Norway|Oslo|Norwegian|nordic
Oman|Muscat|Omani|gulf
Pakistan|Islamabad|Pakistani|south-asia
Panama|Panama City|Panamanian|central-america
Papua New Guinea|Port Moresby|Papua New Guinean|oceania
Paraguay|Asunción|Paraguayan|south-america
Peru|Lima|Peruvian|south-america
Philippines|Manila|Filipino|southeast-asia
Poland|Warsaw|Polish|central-europe
Portugal|Lisbon|Portuguese|west-europe
Qatar|Doha|Qatari|gulf
Romania|Bucharest|Romanian|east-europe
Russia|Moscow|Russian|east-europe
Rwanda|Kigali|Rwandan|east-africa
Saudi Arabia|Riyadh|Saudi|gulf
Senegal|Dakar|Senegalese|west-africa
Serbia|Belgrade|Serbian|balkans
Sierra Leone|Freetown|Sierra Leonean|west-africa
Singapore|Singapore|Singaporean|southeast-asia
Slovakia|Bratislava|Slovak|central-europe
Slovenia|Ljubljana|Slovenian|central-europe
Somalia|Mogadishu|Somali|east-africa
South Africa|Pretoria|South African|south-africa
South Korea|Seoul|South Korean|east-asia
South Sudan|Juba|South Sudanese|east-africa
Spain|Madrid|Spanish|west-europe
Sri Lanka|Colombo|Sri Lankan|south-asia
Sudan|Khartoum|Sudanese|east-africa
Sweden|Stockholm|Swedish|nordic
Switzerland|Bern|Swiss|west-europe
Syria|Damascus|Syrian|middle-east
Taiwan|Taipei|Taiwanese|east-asia
Tajikistan|Dushanbe|Tajik|central-asia
Tanzania|Dodoma|Tanzanian|east-africa
Thailand|Bangkok|Thai|southeast-asia
Tunisia|Tunis|Tunisian|north-africa
Turkey|Ankara|Turkish|middle-east
Turkmenistan|Ashgabat|Turkmen|central-asia
Uganda|Kampala|Ugandan|east-africa
Ukraine|Kyiv|Ukrainian|east-europe
United Arab Emirates|Abu Dhabi|Emirati|gulf
United Kingdom|London|British|west-europe
United States|Washington|American|north-america
Uruguay|Montevideo|Uruguayan|south-america
Uzbekistan|Tashkent|Uzbek|central-asia
Venezuela|Caracas|Venezuelan|south-america
Vietnam|Hanoi|Vietnamese|southeast-asia
Yemen|Sanaa|Yemeni|middle-east
Zambia|Lusaka|Zambian|south-africa
Zimbabwe|Harare|Zimbabwean|south-africa
Andorra|Andorra la Vella|Andorran|west-europe
Bahamas|Nassau|Bahamian|caribbean
Barbados|Bridgetown|Barbadian|caribbean
Belize|Belmopan|Belizean|central-america
Benin|Porto-Novo|Beninese|west-africa
Bhutan|Thimphu|Bhutanese|south-asia
Brunei|Bandar Seri Begawan|Bruneian|southeast-asia
Burundi|Gitega|Burundian|east-africa
Cape Verde|Praia|Cape Verdean|west-africa
Central African Republic|Bangui|Central African|central-africa
Comoros|Moroni|Comorian|east-africa
Republic of the Congo|Brazzaville|Congolese|central-africa
Djibouti|Djibouti City|Djiboutian|east-africa
East Timor|Dili|Timorese|southeast-asia
Equatorial Guinea|Malabo|Equatoguinean|central-africa
Eswatini|Mbabane|Swazi|south-africa
Gabon|Libreville|Gabonese|central-africa
Gambia|Banjul|Gambian|west-africa
Guinea|Conakry|Guinean|west-africa
Guinea-Bissau|Bissau|Bissau-Guinean|west-africa
Guyana|Georgetown|Guyanese|south-america
Lesotho|Maseru|Basotho|south-africa
Liberia|Monrovia|Liberian|west-africa
Liechtenstein|Vaduz|Liechtensteiner|west-europe
Maldives|Male|Maldivian|south-asia
Mauritania|Nouakchott|Mauritanian|west-africa
Mauritius|Port Louis|Mauritian|east-africa
Monaco|Monaco|Monegasque|west-europe
Palestine|Ramallah|Palestinian|middle-east
Samoa|Apia|Samoan|oceania
San Marino|San Marino|Sammarinese|west-europe
Solomon Islands|Honiara|Solomon Islander|oceania
Suriname|Paramaribo|Surinamese|south-america
Togo|Lome|Togolese|west-africa
Tonga|Nuku'alofa|Tongan|oceania
Trinidad and Tobago|Port of Spain|Trinidadian|caribbean
England|London|English|home-nations
Scotland|Edinburgh|Scottish|home-nations
Wales|Cardiff|Welsh|home-nations
Northern Ireland|Belfast|Northern Irish|home-nations
Vanuatu|Port Vila|Ni-Vanuatu|oceania`;

export const COUNTRIES: Country[] = COUNTRY_ROWS.split("\n").map((row) => {
  const [name, capital, demonym, region] = row.split("|") as [string, string, string, string];
  return { name, capital, demonym, region };
});

/** Other names a country goes by in news copy. */
const COUNTRY_ALIASES: Record<string, string> = {
  "U.S.": "United States",
  US: "United States",
  USA: "United States",
  America: "United States",
  "United States of America": "United States",
  UK: "United Kingdom",
  "U.K.": "United Kingdom",
  Britain: "United Kingdom",
  "Great Britain": "United Kingdom",
  Holland: "Netherlands",
  "Côte d'Ivoire": "Ivory Coast",
  Czechia: "Czech Republic",
  Burma: "Myanmar",
  DRC: "Democratic Republic of the Congo",
  UAE: "United Arab Emirates",
  Türkiye: "Turkey",
  "the Netherlands": "Netherlands",
  "the Philippines": "Philippines",
};

/** Extra demonyms (adjective forms) that point to a country. */
const DEMONYM_ALIASES: Record<string, string> = {
  Brazilian: "Brazil",
  Argentinian: "Argentina",
  Azeri: "Azerbaijan",
  Kenyan: "Kenya",
  Chilean: "Chile",
  Soviet: "Russia",
  Persian: "Iran",
  Palestinian: "Palestine",
  Kurdish: "Iraq",
  Bolivian: "Bolivia",
  Aussie: "Australia",
  Kiwi: "New Zealand",
  Brit: "United Kingdom",
  British: "United Kingdom",
};

/** Cities that are not capitals but appear often in the news: name|country. */
const CITY_ROWS = `New York|United States
Los Angeles|United States
Chicago|United States
Houston|United States
San Francisco|United States
Boston|United States
Miami|United States
Seattle|United States
Toronto|Canada
Vancouver|Canada
Montreal|Canada
São Paulo|Brazil
Rio de Janeiro|Brazil
Sydney|Australia
Melbourne|Australia
Auckland|New Zealand
Manchester|United Kingdom
Liverpool|United Kingdom
Birmingham|United Kingdom
Edinburgh|United Kingdom
Glasgow|United Kingdom
Barcelona|Spain
Valencia|Spain
Seville|Spain
Milan|Italy
Naples|Italy
Turin|Italy
Munich|Germany
Hamburg|Germany
Frankfurt|Germany
Cologne|Germany
Marseille|France
Lyon|France
Geneva|Switzerland
Zurich|Switzerland
Rotterdam|Netherlands
Porto|Portugal
Istanbul|Turkey
Izmir|Turkey
St Petersburg|Russia
Kharkiv|Ukraine
Odesa|Ukraine
Lviv|Ukraine
Gyumri|Armenia
Ganja|Azerbaijan
Batumi|Georgia
Almaty|Kazakhstan
Samarkand|Uzbekistan
Shanghai|China
Shenzhen|China
Guangzhou|China
Wuhan|China
Hong Kong|China
Osaka|Japan
Kyoto|Japan
Busan|South Korea
Mumbai|India
Kolkata|India
Chennai|India
Bengaluru|India
Karachi|Pakistan
Lahore|Pakistan
Chittagong|Bangladesh
Ho Chi Minh City|Vietnam
Surabaya|Indonesia
Cebu|Philippines
Dubai|United Arab Emirates
Jeddah|Saudi Arabia
Mecca|Saudi Arabia
Alexandria|Egypt
Casablanca|Morocco
Marrakesh|Morocco
Lagos|Nigeria
Kano|Nigeria
Ibadan|Nigeria
Kumasi|Ghana
Mombasa|Kenya
Kisumu|Kenya
Johannesburg|South Africa
Cape Town|South Africa
Durban|South Africa
Dar es Salaam|Tanzania
Bulawayo|Zimbabwe
Guadalajara|Mexico
Monterrey|Mexico
Medellín|Colombia
Cali|Colombia
Valparaíso|Chile
Córdoba|Argentina
Rosario|Argentina
Santa Cruz|Bolivia
Manchester|England
Birmingham|England
Liverpool|England
Leeds|England
Sheffield|England
Bristol|England
Newcastle|England
Nottingham|England
Leicester|England
Southampton|England
Brighton|England
Oxford|England
Cambridge|England
Glasgow|Scotland
Aberdeen|Scotland
Dundee|Scotland
Swansea|Wales
Londonderry|Northern Ireland
Cork|Ireland
Detroit|United States
Atlanta|United States
Dallas|United States
Philadelphia|United States
Las Vegas|United States
San Diego|United States
Silicon Valley|United States
Bangalore|India
Davos|Switzerland
Cannes|France
Monaco|France
Antwerp|Belgium
Cusco|Peru
Guayaquil|Ecuador`;

export type City = { name: string; country: string; capital: boolean };

export const CITIES: City[] = [
  ...COUNTRIES.map((c) => ({ name: c.capital, country: c.name, capital: true })),
  ...CITY_ROWS.split("\n").map((row) => {
    const [name, country] = row.split("|") as [string, string];
    return { name, country, capital: false };
  }),
];

/** International bodies: the only organisations a world body may stand in for as a wrong option. */
export const WORLD_BODIES = new Set([
  "United Nations",
  "UN",
  "U.N.",
  "NATO",
  "Nato",
  "European Union",
  "EU",
  "African Union",
  "World Health Organization",
  "WHO",
  "World Bank",
  "International Monetary Fund",
  "IMF",
  "Red Cross",
  "Red Crescent",
  "UNICEF",
  "Unicef",
  "UNESCO",
  "Unesco",
  "Interpol",
  "OPEC",
  "Opec",
  "ASEAN",
  "Asean",
  "Council of Europe",
  "European Commission",
  "European Council",
  "European Parliament",
  "Security Council",
  "World Trade Organization",
  "WTO",
  "G8",
  "G7",
  "G20",
  "OECD",
  "Amnesty International",
  "Human Rights Watch",
  "International Olympic Committee",
  "IOC",
  "European Central Bank",
  "ECB",
]);

/** Organisations and bodies known by a short name. */
export const KNOWN_ORGANISATIONS = new Set([
  "United Nations",
  "UN",
  "U.N.",
  "NATO",
  "European Union",
  "EU",
  "African Union",
  "Kremlin",
  "White House",
  "Pentagon",
  "World Health Organization",
  "WHO",
  "World Bank",
  "International Monetary Fund",
  "IMF",
  "Red Cross",
  "Red Crescent",
  "UNICEF",
  "UNESCO",
  "FIFA",
  "UEFA",
  "Interpol",
  "OPEC",
  "ASEAN",
  "Soviet Union",
  "Council of Europe",
  "European Commission",
  "European Council",
  "European Parliament",
  "Security Council",
  "Supreme Court",
  "Congress",
  "Senate",
  "Parliament",
  "Downing Street",
  "Vatican",
  "Olympics",
  "International Olympic Committee",
  "IOC",
  "Amnesty International",
  "Human Rights Watch",
  "NASA",
  "ESA",
  // as British news writes acronyms that are said as words
  "Nasa",
  "Nato",
  "Unicef",
  "Unesco",
  "Fifa",
  "Uefa",
  "Opec",
  "Asean",
  "Ofcom",
  "Ofgem",
  "Ofsted",
  "Acas",
  "World Trade Organization",
  "WTO",
  "G8",
  "G7",
  "G20",
  "OECD",
  "Bank of England",
  "Federal Reserve",
  "European Central Bank",
  "ECB",
]);

/**
 * Adjectives written with a capital that name no country: "European leaders", "Christian groups".
 */
export const PROPER_ADJECTIVES = new Set([
  "European",
  "African",
  "Asian",
  "Arab",
  "Latin",
  "Scandinavian",
  "Nordic",
  "Caribbean",
  "Balkan",
  "Baltic",
  "Gulf",
  "Christian",
  "Muslim",
  "Jewish",
  "Catholic",
  "Protestant",
  "Islamic",
  "Hindu",
  "Buddhist",
  "Sikh",
  "Western",
  "Eastern",
]);

/**
 * Party names news writes in front of a politician's name ("Green MP Ann Hollis", "Labour MP...").
 */
export const PARTY_LABELS = new Set([
  "Labour",
  "Tory",
  "Tories",
  "Conservative",
  "Conservatives",
  "Lib Dem",
  "Lib Dems",
  "Liberal Democrat",
  "Liberal Democrats",
  "Republican",
  "Republicans",
  "Democrat",
  "Democrats",
  "SNP",
  "UKIP",
  "Plaid",
  "Sinn Fein",
  "DUP",
  "Green",
  "Greens",
]);

/**
 * Party labels that name the party itself, each with the one name it goes by ("the Tories" is "the
 * Conservatives").
 */
export const PARTY_NAMES: Record<string, string> = {
  Labour: "Labour",
  Tories: "Conservatives",
  Conservatives: "Conservatives",
  "Lib Dems": "Liberal Democrats",
  "Liberal Democrats": "Liberal Democrats",
  Republicans: "Republicans",
  Democrats: "Democrats",
  SNP: "SNP",
  UKIP: "UKIP",
  Plaid: "Plaid",
  "Sinn Fein": "Sinn Fein",
  DUP: "DUP",
  Greens: "Greens",
};

/** Words that end the name of an organisation ("Ministry", "Bank", "University"...). */
export const ORG_HEADS = new Set([
  "Fellowship",
  "Forum",
  "Campaign",
  "Initiative",
  "Partnership",
  "Chambers",
  "Council",
  "Mission",
  "Network",
  "Unit",
  "Agency",
  "Airlines",
  "Airways",
  "Alliance",
  "Assembly",
  "Association",
  "Authority",
  "Bank",
  "Board",
  "Bureau",
  "Centre",
  "Center",
  "Club",
  "College",
  "Commission",
  "Committee",
  "Company",
  "Congress",
  "Corporation",
  "Corp",
  "Court",
  "Department",
  "Federation",
  "Foundation",
  "Front",
  "Fund",
  "Group",
  "Holdings",
  "Hospital",
  "Inc",
  "Institute",
  "League",
  "Ltd",
  "Ministry",
  "Movement",
  "Museum",
  "Observatory",
  "Office",
  "Organisation",
  "Organization",
  "Parliament",
  "Party",
  "Police",
  "Programme",
  "Program",
  "Service",
  "Society",
  "Union",
  "United",
  "University",
  "FC",
  "Laboratory",
  "Lab",
  "Labs",
  "Systems",
  "Technologies",
  "Motors",
  "Energy",
  "Pharmaceuticals",
  "Times",
  "News",
  "Post",
  "Press",
  "Reuters",
  "Forces",
  "Army",
  "Navy",
  "Guard",
  "Academy",
  "School",
  "Exchange",
  "Cooperative",
  "Media",
  "Trust",
  "Secretariat",
  "Confederation",
  "Coalition",
  "Institution",
  "Administration",
  "Tribunal",
  "Cabinet",
  "Senate",
  "Directorate",
  "Command",
  "Force",
  "Consortium",
  "Securities",
  "Partners",
  "Capital",
  "Ventures",
  "Research",
  "Economics",
  "Analytics",
  "Consulting",
  "Technology",
  "Metro",
  "Railways",
  "Railway",
]);

/** Heads of place names that can take "of" ("Gulf of Aden", "Republic of Korea"). */
export const PLACE_HEADS = new Set([
  "Republic",
  "Kingdom",
  "Gulf",
  "Bay",
  "Isle",
  "Island",
  "Islands",
  "Strait",
  "Sea",
  "Lake",
  "River",
  "Mount",
  "Province",
  "Region",
  "State",
  "City",
  "Valley",
  "Cape",
  "Port",
  "Bank",
  "Ocean",
  "Desert",
  "Plain",
]);

export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Titles written before a name ("President Ilham Aliyev", "Dr Amara Okafor"). */
export const NAME_TITLES = new Set([
  "President",
  "Prime",
  "Minister",
  "Chancellor",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Pope",
  "Sheikh",
  "Emir",
  "Sultan",
  "Governor",
  "Gov.",
  "Mayor",
  "Senator",
  "Sen.",
  "Representative",
  "Rep.",
  "General",
  "Gen.",
  "Colonel",
  "Col.",
  "Major",
  "Captain",
  "Capt.",
  "Lieutenant",
  "Lt.",
  "Sergeant",
  "Sgt.",
  "Admiral",
  "Adm.",
  "Judge",
  "Justice",
  "Dr",
  "Dr.",
  "Professor",
  "Prof.",
  "Mr",
  "Mr.",
  "Mrs",
  "Mrs.",
  "Ms",
  "Ms.",
  "Miss",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Rev.",
  "Reverend",
  "Father",
  "Bishop",
  "Archbishop",
  "Cardinal",
  "Imam",
  "Rabbi",
  "Chief",
  "Commissioner",
  "Councilman",
  "Councilwoman",
  "Councilmember",
  "Councilor",
  "Alderman",
  "Alderwoman",
  "Assemblyman",
  "Assemblywoman",
  "Assemblymember",
  "Supervisor",
  "Trustee",
  "Sheriff",
  "Undersheriff",
  "Marshal",
  "Detective",
  "Officer",
  "Superintendent",
  "Secretary",
  "Ambassador",
  "Coach",
  "Director",
  "Chairman",
  "Chairwoman",
  "Speaker",
  "Vice",
  "Deputy",
  "Foreign",
  "Defence",
  "Defense",
  "Finance",
  "Health",
  "Interior",
  "Trade",
  "Economy",
  "Education",
  "Energy",
  "Agriculture",
  "Sports",
  "Premier",
  "Field",
  "Inspector",
  "Crown",
  "CEO",
  "Chief Executive",
  "Executive",
  "Mufti",
  "Patriarch",
  "Head",
  "Striker",
  "Midfielder",
  "Defender",
  "Goalkeeper",
  "Manager",
  "Acting",
  "Former",
  "Opposition",
  "Leader",
  "Councillor",
  "Senior",
  "Lead",
  "Principal",
  "Vice-President",
  "MP",
  "MEP",
  "MSP",
  "Baroness",
  "Baron",
  "Earl",
  "Duke",
  "Duchess",
  "Countess",
  "Constable",
  "Attorney",
  "Solicitor",
  "Commander",
]);

/**
 * Role nouns that head a role phrase ("the prime minister of Armenia", "the team's head coach").
 */
export const ROLE_HEADS = new Set([
  "president",
  "prime minister",
  "minister",
  "chancellor",
  "king",
  "queen",
  "prince",
  "princess",
  "emir",
  "sultan",
  "leader",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "chief constable",
  "constable",
  "attorney general",
  "solicitor general",
  "chief executive",
  "executive",
  "ceo",
  "chairman",
  "chairwoman",
  "chair",
  "director",
  "director-general",
  "head",
  "secretary",
  "secretary-general",
  "governor",
  "mayor",
  "ambassador",
  "envoy",
  "senator",
  "lawmaker",
  "general",
  "commander",
  "coach",
  "manager",
  "captain",
  "striker",
  "goalkeeper",
  "midfielder",
  "defender",
  "forward",
  "winger",
  "professor",
  "researcher",
  "scientist",
  "author",
  "economist",
  "analyst",
  "doctor",
  "physician",
  "surgeon",
  "nurse",
  "official",
  "founder",
  "co-founder",
  "editor",
  "correspondent",
  "candidate",
  "member",
  "chief",
  "deputy",
  "adviser",
  "advisor",
  "lawyer",
  "judge",
  "president-elect",
  "incumbent",
  "vice president",
  "vice-president",
  "premier",
  "foreign minister",
  "defence minister",
  "finance minister",
  "health minister",
  "interior minister",
  "coordinator",
  "engineer",
  "geologist",
  "seismologist",
  "climatologist",
  "biologist",
  "astronomer",
  "physicist",
  "chemist",
  "epidemiologist",
  "investigator",
  "inspector",
  "officer",
  "commissioner",
  "administrator",
  "superintendent",
  "mp",
  "speaker",
  "chief of staff",
  "owner",
  "partner",
  "strategist",
  "teacher",
  "principal",
  "student",
  "farmer",
  "resident",
  "survivor",
  "witness",
  "veteran",
  "champion",
  "athlete",
  "runner",
  "player",
  "skipper",
  "opponent",
  "rival",
  "challenger",
  "negotiator",
  "representative",
  "delegate",
  "head coach",
  "team captain",
  "historian",
  "mediator",
  "activist",
  "organiser",
  "organizer",
  "pilot",
  "astronaut",
  "architect",
  "designer",
  "banker",
  "trader",
  "investor",
  "shareholder",
  "treasurer",
  "auditor",
  "regulator",
  "prosecutor",
  "attorney",
  "police chief",
  "fire chief",
  "rescuer",
  "volunteer",
  "mother",
  "father",
  "boss",
  "keeper",
]);

/** Verbs that introduce speech ("said", "told reporters"). */
export const SPEECH_VERBS = new Set([
  "say",
  "tell",
  "add",
  "state",
  "stress",
  "warn",
  "announce",
  "declare",
  "claim",
  "insist",
  "explain",
  "note",
  "argue",
  "pledge",
  "promise",
  "vow",
  "urge",
  "ask",
  "call",
  "write",
  "confirm",
  "deny",
  "admit",
  "report",
  "express",
  "describe",
  "predict",
  "estimate",
  "acknowledge",
  "suggest",
  "recall",
  "conclude",
  "emphasise",
  "emphasize",
  "reply",
  "respond",
  "remark",
  "observe",
  "maintain",
  "comment",
  "caution",
  "concede",
  "tweet",
]);

const byName = new Map<string, Country>();
for (const c of COUNTRIES) byName.set(c.name, c);
// Aliases join the maps, so a lookup of any word is one map read (and "constructor" is no alias).
for (const [alias, name] of Object.entries(COUNTRY_ALIASES))
  if (!byName.has(alias) && byName.has(name)) byName.set(alias, byName.get(name)!);
const byDemonym = new Map<string, Country>();
for (const c of COUNTRIES) byDemonym.set(c.demonym, c);
for (const [alias, name] of Object.entries(DEMONYM_ALIASES))
  if (!byDemonym.has(alias) && byName.has(name)) byDemonym.set(alias, byName.get(name)!);
const namesByCountry = new Map<Country, string[]>();
for (const [word, c] of byName) namesByCountry.set(c, [...(namesByCountry.get(c) ?? []), word]);
const demonymsByCountry = new Map<Country, string[]>();
for (const [word, c] of byDemonym)
  demonymsByCountry.set(c, [...(demonymsByCountry.get(c) ?? []), word]);
const cityByName = new Map<string, City>();
const countryNames = new Set(COUNTRIES.map((c) => c.name));
// a capital shared by two rows (London for England and the United Kingdom) stays with the first
for (const c of CITIES)
  if (!countryNames.has(c.name) && !cityByName.has(c.name)) cityByName.set(c.name, c);

/** Countries whose names take "the" in a sentence: "the United States", "the Philippines". */
export function countryTakesThe(name: string): boolean {
  return (
    new RegExp(
      "^(United|Republic|Democratic Republic|Czech Republic|Dominican Republic" +
        String.raw`|Central African Republic)\b|(Islands|Emirates)$`,
    ).test(name) || /^(Netherlands|Philippines|Gambia|Bahamas|Maldives)$/.test(name)
  );
}

/** The country a name or alias stands for, if any. */
export function findCountry(name: string): Country | undefined {
  return byName.get(name);
}

/** The country a demonym ("Armenian", "Russian") belongs to, if any. */
export function findDemonym(word: string): Country | undefined {
  return byDemonym.get(word);
}

/** Every name the gazetteer reads as the country ("United States", "US", "America"). */
export function namesOf(country: Country): readonly string[] {
  return namesByCountry.get(country) ?? [];
}

/** Every word the gazetteer reads as the country's people ("Australian", "Aussie"). */
export function demonymsOf(country: Country): readonly string[] {
  return demonymsByCountry.get(country) ?? [];
}

/** A known city (capital or large city), if the name is one. */
export function findCity(name: string): City | undefined {
  return cityByName.get(name);
}

/** The longest number of words in any multi-word gazetteer name, bounding look-ahead. */
export const MAX_NAME_WORDS = 6;

/**
 * Multi-word names the gazetteer knows, for grouping ("Bosnia and Herzegovina", "Council of
 * Europe").
 */
export const MULTIWORD_NAMES: Set<string> = new Set(
  [
    ...COUNTRIES.map((c) => c.name),
    ...Object.keys(COUNTRY_ALIASES),
    ...CITIES.map((c) => c.name),
    ...KNOWN_ORGANISATIONS,
  ].filter((n) => n.includes(" ")),
);

/** The words those names start with, so most words need no look-ahead at all. */
export const MULTIWORD_FIRST_WORDS: Set<string> = new Set(
  [...MULTIWORD_NAMES].map((n) => n.split(" ")[0]!),
);

/**
 * Nouns that name a kind of organisation; an appositive headed by one marks a body, not a person.
 */
export const ORG_NOUNS = new Set([
  "company",
  "firm",
  "airline",
  "carrier",
  "group",
  "bank",
  "agency",
  "organisation",
  "organization",
  "body",
  "team",
  "club",
  "maker",
  "manufacturer",
  "producer",
  "retailer",
  "insurer",
  "lender",
  "conglomerate",
  "startup",
  "start-up",
  "broadcaster",
  "newspaper",
  "university",
  "charity",
  "ministry",
  "party",
  "institute",
  "council",
  "association",
  "federation",
  "union",
  "regulator",
  "operator",
  "developer",
  "supplier",
  "giant",
  "network",
  "newsroom",
  "outlet",
  "publisher",
  "utility",
  "exchange",
  "fund",
  "committee",
  "court",
  "alliance",
  "coalition",
  "movement",
  "militia",
  "government",
  "parliament",
  "observatory",
  "laboratory",
  "hospital",
  "school",
  "museum",
  "consortium",
  "label",
  "studio",
  "studios",
  "chain",
  "carmaker",
  "watchdog",
  "provider",
]);

const BUSINESS = new RegExp(
  `^(${[
    String.raw`company|firm|airline|carrier|bank|conglomerate|\w*maker`,
    "manufacturer|producer|retailer|insurer|lender|startup|start-up|group",
    "giant|operator|developer|supplier|utility|broadcaster|publisher",
  ].join("|")})$`,
);
const PUBLIC_BODY = new RegExp(
  `^(${[
    "agency|ministry|authority|regulator|council|commission",
    "committee|board|department|office|court|government|parliament",
  ].join("|")})$`,
);

/** Groups organisation categories into families of plausible stand-ins. */
export function categoryFamily(category: string): string {
  if (category === "team") return "club";
  if (BUSINESS.test(category)) return "business";
  if (PUBLIC_BODY.test(category)) return "public";
  return category;
}

/**
 * "Nairobi-based", "state-owned": a place or name turned into a description, not part of a name.
 */
export const DESCRIBING_SUFFIXES = new Set([
  "based",
  "born",
  "led",
  "owned",
  "backed",
  "run",
  "funded",
  "made",
  "style",
  "era",
  "wide",
  "bound",
  "speaking",
  "registered",
  "listed",
  "controlled",
  "linked",
  "allied",
  "aligned",
  "educated",
  "trained",
]);

/**
 * Nouns for what a person does: "astrophysicist", "teacher", "negotiator" — and a few that only
 * look like one.
 */
const AGENT_NOUN = /^\p{Ll}{3,}(ist|er|or|ian|ant|ent)$/u;
const NOT_AGENTS = new Set([
  "water",
  "number",
  "order",
  "paper",
  "power",
  "matter",
  "centre",
  "center",
  "error",
  "sector",
  "factor",
  "letter",
  "quarter",
  "border",
  "disaster",
  "weather",
  "winter",
  "summer",
  "meter",
  "dinner",
  "transfer",
  "computer",
  "percent",
  "event",
  "incident",
  "agent",
  "talent",
  "moment",
  "element",
  "content",
  "parent",
  "statement",
]);

export const isAgentNoun = (word: string) => AGENT_NOUN.test(word) && !NOT_AGENTS.has(word);

/**
 * Nouns that head a description of a place: "Cordillera Blanca, the largest tropical mountain
 * range".
 */
export const PLACE_DESCRIPTIONS = new Set([
  "range",
  "mountain",
  "mountains",
  "river",
  "lake",
  "region",
  "valley",
  "peninsula",
  "island",
  "islands",
  "desert",
  "glacier",
  "volcano",
  "plateau",
  "basin",
  "sea",
  "bay",
  "coast",
  "forest",
  "park",
  "delta",
  "reef",
  "canal",
  "strait",
  "province",
  "state",
  "city",
  "town",
  "village",
  "district",
  "county",
  "capital",
  "port",
  "country",
  "nation",
  "kingdom",
  "republic",
  "territory",
  "enclave",
  "area",
  "neighbourhood",
  "neighborhood",
  "suburb",
  "archipelago",
]);

/**
 * Words that never stand in a person's name ("Stadium", "Cup", "Airport"): places, events, bodies.
 */
export const NON_PERSON_WORDS = new Set([
  "Stadium",
  "Cup",
  "Award",
  "Awards",
  "Prize",
  "Festival",
  "Park",
  "Street",
  "Road",
  "Avenue",
  "Square",
  "Bridge",
  "Airport",
  "Station",
  "Tower",
  "Palace",
  "Cathedral",
  "Mosque",
  "Church",
  "Temple",
  "Hall",
  "Centre",
  "Center",
  "Mountains",
  "River",
  "Lake",
  "Sea",
  "Ocean",
  "Island",
  "Islands",
  "Valley",
  "Desert",
  "Forest",
  "Journal",
  "Review",
  "Magazine",
  "Science",
  "Sciences",
  "Nature",
  "Medicine",
  "Games",
  "Championship",
  "Championships",
  "Open",
  "Series",
  "Tour",
  "Marathon",
  "Act",
  "Treaty",
  "Accord",
  "Agreement",
  "Day",
  "War",
  "Revolution",
  "Summit",
  "Conference",
  "Olympics",
  "Nations",
  "Way",
  "Telecom",
  "Airlines",
  "Airways",
  "Motors",
  "Energy",
  "Bay",
  "Gulf",
  "Coast",
  "Province",
  "Region",
  "District",
  "County",
  "State",
  "City",
  "Republic",
  "Kingdom",
  "Empire",
  "Strait",
  "Canal",
  "Dam",
  "Highway",
  "Mall",
  "Market",
  "Hotel",
  "Plaza",
  "Arena",
  "Theatre",
  "Theater",
  "Gallery",
  "Library",
  "Index",
  "Report",
  "Times",
  "Post",
  "News",
  "Daily",
  "Weekly",
  "Global",
  "International",
  "National",
  "Federal",
  "Central",
  "Eastern",
  "Western",
  "Northern",
  "Southern",
  "North",
  "South",
  "East",
  "West",
  "New",
  "Old",
  "Great",
  "Grand",
  "Royal",
  "Ltd",
  "Inc",
  "Corp",
  "Bank",
  "Fund",
  "Council",
  "Ministry",
  "Agency",
  "Group",
  "Party",
  "Union",
  "University",
  "Institute",
  "Court",
  "Army",
  "Navy",
  "Forces",
  "Police",
  "Service",
  "Office",
  "Department",
  "League",
  "Club",
  "Team",
  "Committee",
  "Board",
  "Authority",
  "Commission",
  "Foundation",
  "Association",
  "Federation",
  "Observatory",
  "Hospital",
  "School",
  "College",
  "Academy",
  "Museum",
  "Programme",
  "Program",
  "Project",
  "Mission",
  "Fair",
  "Week",
  "Month",
  "Year",
  "Century",
  "Medal",
  "Trophy",
  "Final",
  "Finals",
  "Grand Prix",
]);

/**
 * Common given names, so that "Peter Lomas has been named..." is a person's name without a
 * title or a speech verb to show it, and "she" can stand for "Anna Hale" but not for "Tom
 * Aldridge".
 * General knowledge, like a style guide's list; names used for either sex are left out.
 */
const MALE_NAMES = `Aaron Adam Adrian Alan Albert Alex Alexander Alfred Ali Alistair Andrew Andy \
Angus Anthony Antonio Arnold Arthur
Barry Ben Benjamin Bernard Bill Billy Bob Boris Brandon Brendan Brian Bruce Bryan Carl Carlos \
Charles Charlie Chris Christian Christopher
Clive Colin Craig Dale Damien Dan Daniel Danny Darren Dave David Dean Declan Dennis Derek Des \
Desmond Dominic Don Donald Doug Douglas
Duncan Dylan Eamonn Ed Eddie Edward Eric Ernest Frank Fred Freddie Freddy Gareth Gary Gavin Geoff \
Geoffrey George Gerald Gerard Gerry
Glenn Gordon Graham Greg Gregory Guy Harold Harry Henry Howard Hugh Hugo Ian Ivan Jack Jacques \
Jake James Jamie Jason Jeff Jeffrey
Jeremy Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jonny Jose Joseph Josh Juan Julian Justin \
Karl Keith Ken Kenneth Kevin
Kieran Kyle Lance Larry Len Leo Leon Leonard Lewis Liam Louis Luke Malcolm Marcus Mario Mark \
Martin Matt Matthew Max Michael Mick
Mike Neil Nicholas Nick Nigel Noel Norman Oliver Oscar Owen Pat Patrick Paul Pete Peter Phil \
Philip Pierre Ralph Ray Raymond Rhys Richard
Rick Ricky Rob Robbie Robert Robin Rod Roger Roman Ron Ronald Ross Roy Russell Ryan Sam Samuel \
Scott Sean Sebastian Sergei Shane Shaun
Simon Stan Stanley Stefan Stephen Steve Steven Stewart Stuart Terry Thomas Tim Timothy Toby Tom \
Tommy Tony Trevor Vincent Vladimir
Walter Warren Wayne William Willie Yuri Zoltan Sven Thierry Didier Jens Lars Hans Klaus Jurgen \
Franz Luis Miguel Pedro Rafael Roberto
Paolo Marco Giovanni Luca Ahmed Mohammed Muhammad Omar Hassan Rupert Alastair Iain Ewan Dafydd Jay \
Nicolas
Andre`;
const FEMALE_NAMES = `Abigail Alice Alicia Alison Amanda Amy Andrea Angela Ann Anna Anne Annie \
Barbara Beth Betty Beverley Brenda Bridget
Carol Caroline Carolyn Catherine Charlotte Cheryl Christine Claire Clare Charlene Cherie Cynthia \
Daphne Deborah Debbie Denise Diana
Diane Donna Doris Dorothy Elaine Eleanor Elizabeth Ellen Emily Emma Erica Fiona Frances Gemma \
Geraldine Gillian Gloria Hannah Harriet
Hazel Heather Helen Helena Hilary Isabel Jackie Jacqueline Jane Janet Janice Jean Jennifer Jenny \
Jessica Jill Joan Joanna Joanne Josephine
Joy Joyce Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Katie Kelly Kirsty Laura \
Lauren Leanne Linda Lisa Liz
Louise Lucy Lynn Maggie Margaret Maria Marie Marion Martha Mary Maureen Megan Melanie Michelle \
Miriam Monica Nancy Natalie Nicola
Nicole Nora Olivia Pamela Patricia Paula Pauline Penny Rachel Rebecca Rita Rose Rosemary Ruth \
Sally Samantha Sandra Sarah Sharon Sheila
Shirley Sophie Stella Susan Suzanne Sylvia Tanya Teresa Tessa Theresa Tracey Tracy Valerie Vanessa \
Victoria Virginia Wendy Yvonne Zoe
Natasha Svetlana Anastasia Lindsay Lindsey Mia Mel`;

/** Titles that say whether "he" or "she" can stand for a person ("Ms Hale", "Sir Peter Lomas"). */
export const TITLE_GENDER: Record<string, "m" | "f"> = {
  Mr: "m",
  "Mr.": "m",
  Sir: "m",
  Lord: "m",
  King: "m",
  Prince: "m",
  Father: "m",
  Baron: "m",
  Earl: "m",
  Duke: "m",
  Ms: "f",
  "Ms.": "f",
  Mrs: "f",
  "Mrs.": "f",
  Miss: "f",
  Dame: "f",
  Lady: "f",
  Queen: "f",
  Princess: "f",
  Baroness: "f",
  Duchess: "f",
  Countess: "f",
};

/** "m" or "f" for a common given name. */
export const GIVEN_NAMES: Map<string, "m" | "f"> = new Map([
  ...MALE_NAMES.trim()
    .split(/\s+/)
    .map((n) => [n, "m"] as [string, "m"]),
  ...FEMALE_NAMES.trim()
    .split(/\s+/)
    .map((n) => [n, "f"] as [string, "f"]),
]);
