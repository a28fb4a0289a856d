/**
 * Words for the search bench's generated briefs, most frequent first: the generator draws them
 * with skewed distributions, so the first ones are in nearly every section and the rare names in
 * a few hundred of 20,500. Set phrases ("rule of law") give phrase queries real matches. Stop
 * words are kept: they take positions as in prose.
 */
const STOP = "the of and to in a for on with that is by as from its has are be will which".split(" ");

const COMMON = (
  "government security economic policy regional political trade development country support " +
  "international national cooperation public military foreign growth investment sector power " +
  "relations agreement president reform election party minister parliament region border " +
  "stability influence partners assistance program strategy energy infrastructure market " +
  "democracy institutions capacity governance interests conflict diplomatic strategic bilateral"
).split(" ");

const MIDDLE = (
  "sanctions pipeline drought harvest refugees migration treaty summit delegation inflation " +
  "currency deficit budget exports imports tariffs customs corridor port railway mining gold " +
  "uranium oil gas electricity solar hydropower irrigation fisheries livestock remittances debt " +
  "creditors bonds privatization corruption transparency judiciary constitution referendum " +
  "coalition opposition protest curfew insurgency militia jihadist peacekeeping counterterrorism " +
  "surveillance cyber vaccine epidemic malaria hospitals literacy schools universities diaspora " +
  "visa asylum smuggling trafficking narcotics piracy maritime fishing desertification floods " +
  "locusts famine rainfall emissions adaptation resilience mediation ceasefire negotiations"
).split(" ");

const RARE = (
  "cobalt lithium bauxite phosphate manganese tantalum desalination microfinance hawala " +
  "ECOWAS MINUSMA AFRICOM Barkhane Takuba Tuareg Fulani Dogon Bambara Sahel Maghreb Timbuktu " +
  "Gao Kidal Mopti Bamako Niamey Ouagadougou Dakar Nouakchott Accra Abuja Khartoum " +
  "Eurobond IMF-program Paris-Club AGOA MCC-compact Feed-the-Future PEPFAR"
).split(" ");

const PHRASES = [
  "rule of law",
  "human rights",
  "foreign direct investment",
  "civil society",
  "free and fair elections",
  "climate change",
  "food security",
  "Wagner Group",
  "Africa Corps",
  "Chinese lending",
  "transitional government",
  "security partnership",
];

/** Most word slots (95%): in nearly every section. */
export const COMMON_WORDS: readonly string[] = [...STOP, ...COMMON];
/** 3.5% of slots, skewed towards the start of the list: each in about 5%–40% of sections. */
export const MIDDLE_WORDS: readonly string[] = MIDDLE;
/** 0.4% of slots: each phrase in about 15% of sections. */
export const SET_PHRASES: readonly string[] = PHRASES;
/** 0.15% of slots, skewed too: each in about 0.3%–5% of sections. */
export const RARE_WORDS: readonly string[] = RARE;

/** The query mix: common and rare words, phrases, OR, exclusions, several terms. */
export const SEARCH_QUERIES: readonly string[] = [
  "government",
  "security cooperation",
  "sanctions",
  "drought harvest",
  "cobalt",
  "Wagner",
  '"rule of law"',
  '"Wagner Group"',
  '"free and fair elections"',
  "lithium OR cobalt",
  "famine or locusts",
  "election -protest",
  "border security -military",
  "Mali sanctions",
  "Timbuktu",
  "remittances diaspora",
  "peacekeeping MINUSMA",
  "trade",
  "corruption transparency judiciary",
  "nonexistentword",
];

/** 180 country names, enough for 500 briefs with editions ("Mali (2)"). */
export const COUNTRIES: readonly string[] = (
  "Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain " +
  "Bangladesh Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Brunei Bulgaria Burundi " +
  "Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia " +
  "Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France " +
  "Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras " +
  "Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan " +
  "Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Lithuania " +
  "Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova " +
  "Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua " +
  "Niger Nigeria Norway Oman Pakistan Palau Panama Paraguay Peru Philippines Poland Portugal Qatar " +
  "Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain " +
  "Sudan Suriname Sweden Switzerland Syria Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey " +
  "Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia " +
  "Zimbabwe Andorra Barbados Bahamas Liechtenstein Micronesia Palestine Taiwan"
).split(" ");
