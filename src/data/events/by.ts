import type { SanctionsEventInput } from '../schema';

/** Belarus (counter-measures against the other actors) sanctions actions; see DATA.md for what one record is. */
export const byEvents: SanctionsEventInput[] = [
  {
    id: 'by-2008-03-07-us-ambassador',
    date: '2008-03-07',
    actor: 'by',
    action: 'impose',
    instrument: 'Statement of the Ministry of Foreign Affairs of the Republic of Belarus (7 March 2008)',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'In response to US sanctions on the petrochemical concern Belneftekhim, the Foreign Ministry recalled the Belarusian ambassador from Washington for consultations and "emphatically recommended" that US Ambassador Karen Stewart leave Belarus. She left Minsk on 12 March 2008.',
    targets: ['United States', 'US Ambassador Karen Stewart'],
    sources: [
      {
        url: 'https://www.washingtonpost.com/wp-dyn/content/article/2008/03/07/AR2008030701965.html',
        title: 'In Response to Sanctions, Belarus Seeks to Oust U.S. Envoy',
        publisher: 'The Washington Post',
        kind: 'reporting',
      },
      {
        url: 'http://new.naviny.by/en/rubrics/english/2008/04/17/ic_news_259_289319',
        title:
          "Minsk has not received Washington's response to demand for further embassy staff cut, official says",
        publisher: 'BelaPAN (naviny.by)',
        kind: 'reporting',
      },
      {
        url: 'https://charter97.org/en/news/2008/3/12/4716',
        title: 'US Ambassador to Belarus Recalled to Washington',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
    ],
    note: 'A diplomatic measure, not a legal act; filed under "travel" as the nearest measure kind. The Foreign Ministry statement was posted on its website (per The Washington Post); the statement itself was not located.',
  },
  {
    id: 'by-2008-03-17-us-embassy-staff',
    date: '2008-03-17',
    actor: 'by',
    action: 'expand',
    instrument:
      'Foreign Ministry recommendation to reduce the staff of the US Embassy in Minsk (17 March 2008)',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'The Foreign Ministry "urgently recommended" that the US Embassy in Minsk cut its staff to parity with the roughly 20-person Belarusian embassy in Washington, in the dispute over US sanctions on Belneftekhim. Seventeen US embassy staff left Belarus on 27 March 2008.',
    targets: ['United States', 'US Embassy in Minsk'],
    sources: [
      {
        url: 'http://data.minsk.by/belarusnews/032008/341.html',
        title: 'Some U.S. Embassy Staff Leave Belarus',
        publisher: 'RFE/RL Newsline (via Belarus News and Analysis)',
        kind: 'reporting',
      },
      {
        url: 'http://new.naviny.by/en/rubrics/english/2008/04/17/ic_news_259_289319',
        title:
          "Minsk has not received Washington's response to demand for further embassy staff cut, official says",
        publisher: 'BelaPAN (naviny.by)',
        kind: 'reporting',
      },
    ],
    note: 'A diplomatic measure, filed under "travel" as the nearest measure kind. RFE/RL put the US embassy staff before the cut at about 35; a diplomatic source quoted on 25 March 2008 gave 38. In April 2008 the ministry demanded a further cut (BelaPAN).',
  },
  {
    id: 'by-2011-03-22-reciprocal-entry-bans',
    date: '2011-03-22',
    actor: 'by',
    action: 'impose',
    instrument: 'Reciprocal entry-ban list of the Ministry of Foreign Affairs (announced 21–22 March 2011)',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'In response to EU and US sanctions after the December 2010 election, Belarus drew up a list of persons banned from entering the country, tightened control over foreign funding of political activity, and said visits by US and European political delegations would take place only at the invitation of Belarusian authorities.',
    targets: ['European Union', 'United States'],
    sources: [
      {
        url: 'https://mfa.gov.by/en/press/news_mfa/d92441b1ce9b7ec3.html',
        title:
          'Press Secretary Andrei Savinykh comments on the introduction of measures to reciprocate EU and US sanctions towards Belarus',
        publisher: 'Ministry of Foreign Affairs of the Republic of Belarus',
        kind: 'official',
      },
      {
        url: 'http://www.myadel.gov.by/en/republic-en/view/over-150-eu-usa-representatives-banned-from-entering-belarus-5707/',
        title: 'Over 150 EU, USA representatives banned from entering Belarus',
        publisher: 'BelTA (republished by Myadel District Executive Committee)',
        kind: 'reporting',
      },
    ],
    note: 'Dated to the Foreign Ministry comment of 22 March 2011, which says the measures had already been put in place; BelTA reported them on 21 March 2011. BelTA, citing a government source via Interfax-West, said the measures would affect "over 150" people from the EU and the US; the ministry gave no number and the list was not published.',
  },
  {
    id: 'by-2020-09-29-baltic-entry-bans',
    date: '2020-09-29',
    actor: 'by',
    action: 'impose',
    instrument:
      'Reciprocal entry-ban lists of the Ministry of Foreign Affairs against Estonia, Latvia and Lithuania',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'The Foreign Ministry put into effect "symmetric" restrictive measures against Estonia, Latvia and Lithuania, in response to their entry bans on Belarusian officials: one list per country, each of about 100 officials, who are banned from entering Belarus. The lists were not published.',
    targets: ['Estonia', 'Latvia', 'Lithuania'],
    sources: [
      {
        url: 'https://tass.com/world/1206521',
        title: 'Belarus imposes retaliatory sanctions on Baltic states',
        publisher: 'TASS',
        kind: 'reporting',
      },
      {
        url: 'https://news.err.ee/1141159/belarus-sanctions-baltic-officials',
        title: 'Belarus sanctions Baltic officials',
        publisher: 'ERR News',
        kind: 'reporting',
      },
      {
        url: 'https://www.lrt.lt/en/news-in-english/19/1242782/belarus-imposes-sanctions-on-baltic-officials',
        title: 'Belarus imposes sanctions on Baltic officials',
        publisher: 'LRT',
        kind: 'reporting',
      },
    ],
    note: 'Announced by Foreign Ministry spokesman Anatoly Glaz to BelTA. "About 100" per country is approximate, so no count is recorded. TASS reports that Foreign Minister Makei had announced on 2 September 2020 that a retaliatory list against the Baltic states had been approved.',
  },
  {
    id: 'by-2020-10-02-eu-uk-ca-entry-bans',
    date: '2020-10-02',
    actor: 'by',
    action: 'expand',
    instrument: 'Statement of the Ministry of Foreign Affairs of 2 October 2020 (reciprocal sanctions list)',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'In response to the EU visa sanctions on Belarusian officials, the Foreign Ministry put into effect a reciprocal list of EU persons banned from entering Belarus, which it said also applies within the integration associations Belarus belongs to; the list was not published. The ministry also announced "symmetric" restrictions on a number of UK and Canadian officials.',
    targets: ['European Union', 'United Kingdom', 'Canada'],
    sources: [
      {
        url: 'https://primepress.by/news/ekonomika/belarus_s_2_oktyabrya_vvedet_otvetnye_sanktsii_v_otnoshenii_es_mid_belarusi_-25098/',
        title: 'Беларусь с 2 октября введет ответные санкции в отношении ЕС – МИД Беларуси',
        publisher: 'Prime-Press',
        kind: 'reporting',
      },
      {
        url: 'https://meduza.io/amp/en/news/2020/10/02/belarus-blacklists-european-officials-in-response-to-eu-visa-sanctions',
        title: 'Belarus blacklists European officials in response to EU visa sanctions',
        publisher: 'Meduza (citing BelTA)',
        kind: 'reporting',
      },
      {
        url: 'https://www.urdupoint.com/en/world/belarus-imposes-reciprocal-sanctions-on-uk-c-1046182.html',
        title: 'Belarus Imposes Reciprocal Sanctions On UK, Canadian Officials - Foreign Ministry',
        publisher: 'UrduPoint (Sputnik)',
        kind: 'reporting',
      },
    ],
    note: 'The statement was posted on the Foreign Ministry website (per Prime-Press); the ministry page itself was not located. The UK and Canada restrictions were announced the same day by spokesman Anatoly Glaz.',
  },
  {
    id: 'by-2020-11-17-eu-ca-entry-bans',
    date: '2020-11-17',
    actor: 'by',
    action: 'expand',
    instrument:
      'Statement of the Ministry of Foreign Affairs (November 2020) expanding the reciprocal sanctions list',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'In response to the EU Council implementing act of 6 November 2020 (which listed Alexander Lukashenko), the Foreign Ministry "mirror-expanded" its reciprocal sanctions list for each EU member state and for Canada. The list was not published.',
    targets: ['European Union', 'Canada'],
    sources: [
      {
        url: 'https://babel.ua/ru/news/54777-belarus-rasshirila-otvetnye-sankcii-protiv-stran-evrosoyuza-i-kanady',
        title:
          'Беларусь расширила ответные санкции против стран Евросоюза и Канады. Против кого именно — не говорят',
        publisher: 'Babel',
        kind: 'reporting',
      },
      {
        url: 'https://naslovi.net/2020-11-17/vesti-online/i-belorusija-pravi-spisak-nepozeljnih-iz-eu-i-kanade/26658450',
        title: 'I Belorusija pravi spisak nepoželjnih iz EU i Kanade',
        publisher: 'Vesti online (Sputnik), via Naslovi.net',
        kind: 'reporting',
      },
    ],
    note: 'Dated 17 November 2020 from the Sputnik report of that day quoting the statement ("from today"); the ministry statement itself was not located. On 22 November 2020 Foreign Minister Makei said the lists would be expanded to include members of the EU leadership and of the leadership of several European states.',
  },
  {
    id: 'by-2021-03-30-decree-128',
    date: '2021-03-30',
    actor: 'by',
    action: 'impose',
    instrument: 'Presidential Decree No. 128 "On the application of special measures"',
    instrumentType: 'executive-order',
    measures: ['trade'],
    summary:
      'Empowered the government to ban the import and sale of certain groups of goods (including goods of certain manufacturers) originating in states that introduced or joined special measures against Belarusian legal entities or individuals, and the import of works and services from such states. The Council of Ministers sets the lists and the duration; transit is not affected.',
    sources: [
      {
        url: 'https://primepress.by/news/ekonomika/lukashenko_s_ordinance_on_counter_sanctions_to_come_into_force_10_april-31455/',
        title: "Lukashenko's ordinance on counter-sanctions to come into force 10 April",
        publisher: 'Prime-Press',
        kind: 'reporting',
      },
      {
        url: 'https://russian.rt.com/world/news/847798-lukashenko-ukaz-kontrsankcii/amp',
        title: 'Лукашенко подписал указ о введении ответных санкций',
        publisher: 'RT (citing BelTA and the presidential press service)',
        kind: 'reporting',
      },
    ],
    note: 'Signed 30 March 2021; published on the National Legal Internet Portal on 1 April 2021; in force 10 April 2021 (Prime-Press).',
  },
  {
    id: 'by-2021-04-23-resolution-240',
    date: '2021-04-23',
    actor: 'by',
    action: 'expand',
    instrument:
      'Council of Ministers Resolution No. 240 of 23 April 2021 "On the application of special measures"',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Under Decree No. 128, set the first list of goods banned from import and sale in Belarus: products of the Liqui Moly, Skoda Auto and Beiersdorf groups (including the Nivea, Eucerin, La Prairie, Labello, Hansaplast and Tesa brands). Goods brought in for personal use were exempt; the ban was set for six months.',
    targets: ['Liqui Moly', 'Skoda Auto', 'Beiersdorf'],
    sources: [
      {
        url: 'https://www.belta.by/economics/view/pravitelstvo-prodlilo-na-polgoda-zapret-na-vvoz-i-realizatsiju-rjada-tovarov-467676-2021/',
        title: 'Правительство продлило на полгода запрет на ввоз и реализацию ряда товаров',
        publisher: 'BelTA',
        kind: 'official',
      },
      {
        url: 'https://news.by/eng/news/obshchestvo/pravitelstvo_ustanovilo_perechen_tovarov_zapreshchennykh_k_vvozu_i_prodazhe_v_belarusi_',
        title: 'Government establishes list of goods banned for import and sale in Belarus',
        publisher: 'news.by',
        kind: 'reporting',
      },
    ],
    note: 'news.by reported that the resolution would enter into force 10 days after publication and be valid for six months; its page carries a wrong (2019) date stamp.',
  },
  {
    id: 'by-2021-06-28-eu-entry-bans',
    date: '2021-06-28',
    actor: 'by',
    action: 'expand',
    instrument:
      'Statement of the Ministry of Foreign Affairs of 28 June 2021 (response measures to EU sanctions)',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      "In response to the EU sectoral sanctions of June 2021, the Foreign Ministry announced an entry ban on representatives of EU bodies and persons from EU member states who contributed to the restrictive measures, suspended Belarus's participation in the Eastern Partnership, began suspending the EU readmission agreement and recalled its permanent representative to the EU for consultations.",
    targets: ['European Union'],
    sources: [
      {
        url: 'https://en.armradio.am/2021/06/28/belarus-suspends-participation-in-eastern-partnership-initiative/',
        title: 'Belarus suspends participation in Eastern Partnership initiative',
        publisher: 'Public Radio of Armenia (citing BelTA)',
        kind: 'reporting',
      },
      {
        url: 'https://www.urdupoint.com/en/world/belarus-suspends-participation-in-eus-easter-1289298.html',
        title: "Belarus Suspends Participation in EU's Eastern Partnership",
        publisher: 'UrduPoint (Sputnik)',
        kind: 'reporting',
      },
    ],
    note: 'The statement was posted on the Foreign Ministry website on 28 June 2021 (per BelTA); the ministry page itself was not located.',
  },
  {
    id: 'by-2021-08-11-us-embassy-staff',
    date: '2021-08-11',
    actor: 'by',
    action: 'expand',
    instrument:
      'Foreign Ministry response measures to the US sanctions of 9 August 2021 (interview of spokesman Anatoly Glaz)',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'In response to the US, UK and Canadian sanctions of 9 August 2021, Belarus revoked its consent to Julie Fisher as US ambassador, told the United States to reduce its embassy staff in Minsk to five by 1 September 2021, and suspended cooperation on all new projects, grants and programmes coordinated by the US government.',
    targets: ['United States', 'US Embassy in Minsk', 'Julie Fisher'],
    sources: [
      {
        url: 'https://www.voanews.com/europe/belarus-tells-us-reduce-embassy-staff-rejects-ambassador',
        title: 'Belarus Tells US to Reduce Embassy Staff, Rejects Ambassador',
        publisher: 'Voice of America',
        kind: 'reporting',
      },
      {
        url: 'https://www.nbcnews.com/news/world/belarus-revokes-consent-u-s-ambassador-demands-embassy-staff-cuts-n1276565',
        title:
          'Belarus revokes consent for U.S. ambassador, demands embassy staff cuts in row over sanctions',
        publisher: 'NBC News',
        kind: 'reporting',
      },
      {
        url: 'https://occrp.org/en/news/belarus-tells-the-us-to-reduce-embassy-staff-in-response-to-sanctions',
        title: 'Belarus Tells the U.S. to Reduce Embassy Staff in Response to Sanctions',
        publisher: 'OCCRP',
        kind: 'reporting',
      },
    ],
    note: 'A diplomatic measure, filed under "travel" as the nearest measure kind. The interview (to RIA Novosti) was posted on the Foreign Ministry website on 11 August 2021; the ministry page itself was not located.',
  },
  {
    id: 'by-2021-11-02-resolution-622',
    date: '2021-11-02',
    actor: 'by',
    action: 'renew',
    instrument: 'Council of Ministers Resolution No. 622 of 2 November 2021',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Extended the ban on the import and sale of Liqui Moly, Skoda Auto and Beiersdorf goods set by Resolution No. 240 for six months, from 4 November 2021 to 4 May 2022 inclusive.',
    targets: ['Liqui Moly', 'Skoda Auto', 'Beiersdorf'],
    modifies: ['by-2021-04-23-resolution-240'],
    sources: [
      {
        url: 'https://www.belta.by/economics/view/pravitelstvo-prodlilo-na-polgoda-zapret-na-vvoz-i-realizatsiju-rjada-tovarov-467676-2021/',
        title: 'Правительство продлило на полгода запрет на ввоз и реализацию ряда товаров',
        publisher: 'BelTA',
        kind: 'official',
      },
    ],
  },
  {
    id: 'by-2021-12-06-entry-bans',
    date: '2021-12-06',
    actor: 'by',
    action: 'expand',
    instrument: 'Statement of the Ministry of Foreign Affairs of 6 December 2021 (response measures)',
    instrumentType: 'designation',
    measures: ['travel'],
    summary:
      'In response to the coordinated EU, US, UK and Canadian sanctions of 2 December 2021, the Foreign Ministry said it had expanded the lists of persons from countries that "discriminate" against Belarusian officials, journalists and public organisations whose entry into Belarus and the Union State is undesirable. It also announced the government\'s import ban on goods from sanctioning states and "similar steps" against EU and UK air carriers.',
    targets: ['European Union', 'United States', 'United Kingdom', 'Canada'],
    sources: [
      {
        url: 'https://thegoaspotlight.com/2021/12/06/belarus-imposes-retaliatory-sanctions-against-the-eu/',
        title: 'Belarus imposes retaliatory sanctions against the EU',
        publisher: 'The Goa Spotlight',
        kind: 'reporting',
      },
      {
        url: 'https://rusreality.com/2021/12/06/minsk-banned-entry-to-foreigners-discriminating-against-belarusian-authorities-2/',
        title: 'Minsk banned entry to foreigners discriminating against Belarusian authorities',
        publisher: 'Rusreality',
        kind: 'reporting',
      },
    ],
    note: 'The statement was published on the Foreign Ministry website; the ministry page itself was not located. No legal act on the announced restrictions on EU and UK air carriers was found.',
  },
  {
    id: 'by-2021-12-06-resolution-700',
    date: '2021-12-06',
    actor: 'by',
    action: 'expand',
    instrument:
      'Council of Ministers Resolution No. 700 of 6 December 2021 "On the application of special measures in respect of certain types of goods"',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'From 1 January 2022, banned the import of a wide list of goods, mainly food (pigs and pork, beef, salted or smoked meat, milk and dairy products, vegetables, fruit and nuts, sausages, confectionery, salt and others), originating in the EU and its member states, the United States, Canada, Norway, Albania, Iceland, North Macedonia, the United Kingdom, Montenegro and Switzerland. Goods for personal use and baby food were among the exemptions; the ban was set for six months.',
    targets: [
      'European Union',
      'United States',
      'Canada',
      'United Kingdom',
      'Norway',
      'Switzerland',
      'food products',
    ],
    sources: [
      {
        url: 'https://law.by/news/legal-news/2022/december/72494/',
        title: 'Belarus extends embargo on Western food imports till 30 June 2023',
        publisher: 'National Legal Internet Portal / law.by (BelTA)',
        kind: 'official',
      },
      {
        url: 'https://tass.com/world/1372103',
        title: 'Belarus introduces food embargo for goods from countries pursuing unfriendly policy',
        publisher: 'TASS',
        kind: 'reporting',
      },
      {
        url: 'https://www.fao.org/giews/food-prices/food-policies/detail/en/c/1627815/',
        title: 'Belarus extends embargo on some food imports until 30 June 2023',
        publisher: 'FAO GIEWS',
        kind: 'reporting',
      },
    ],
    note: 'The government press service announced the embargo on 7 December 2021 (TASS). The government said food imports from these countries were worth more than $530 million in the first ten months of 2021. Interfax reported that the embargo initially covered 18 kinds of goods.',
  },
  {
    id: 'by-2022-03-14-decree-93',
    date: '2022-03-14',
    actor: 'by',
    action: 'impose',
    instrument:
      'Presidential Decree No. 93 of 14 March 2022 "On additional measures to ensure the stable functioning of the economy"',
    instrumentType: 'executive-order',
    measures: ['finance'],
    summary:
      'An anti-sanctions decree, much of it classified "for office use". It allowed the Finance Ministry, agent banks and other legal entities to meet obligations to creditors from "unfriendly" states in Belarusian rubles where those states restrict payments in foreign currency or suspend financing. It later served as the basis for restrictions on share disposals by investors from those states.',
    sources: [
      {
        url: 'https://cis-legislation.com/document.fwx?rgn=138566',
        title:
          'Presidential Decree of the Republic of Belarus of March 14, 2022 No. 93 (extract, English translation)',
        publisher: 'CIS Legislation',
        kind: 'act',
      },
      {
        url: 'https://euroradio.by/en/lukashenkas-new-decree-kept-secret',
        title: "Lukashenka's new decree kept secret",
        publisher: 'Euroradio',
        kind: 'reporting',
      },
      {
        url: 'https://www.smallcapnews.co.uk/belarus-allows-debt-repayment-in-national-currency/',
        title: 'Belarus allows debt repayment in national currency',
        publisher: 'Small Cap News (citing Sputnik)',
        kind: 'reporting',
      },
    ],
    note: 'The published text (CIS Legislation extract, as amended to 13 March 2024) marks most provisions "for office use"; the summary of the sanctions-related provisions relies on reporting.',
  },
  {
    id: 'by-2022-04-06-unfriendly-states-list',
    date: '2022-04-06',
    actor: 'by',
    action: 'expand',
    instrument:
      'Council of Ministers resolution approving the list of foreign states committing unfriendly actions against Belarusian legal entities and individuals',
    instrumentType: 'regulation',
    measures: ['finance'],
    summary:
      'Approved the list of "unfriendly" states to which Belarusian counter-measures apply: the EU member states, the United States, the United Kingdom, Canada, Australia, New Zealand, Norway, Iceland, Liechtenstein, Switzerland, Albania, North Macedonia and Montenegro (39 states in all).',
    targets: [
      'European Union',
      'United States',
      'United Kingdom',
      'Canada',
      'Switzerland',
      'Norway',
      'Australia',
    ],
    sources: [
      {
        url: 'https://o2.pl/informacje/lukaszenka-zaskoczyl-chodzi-o-jego-liste-nieprzyjaznych-panstw-6756009458088576a',
        title: 'Łukaszenka zaskoczył. Chodzi o jego listę nieprzyjaznych państw',
        publisher: 'o2.pl',
        kind: 'reporting',
      },
      {
        url: 'https://www.eurointegration.com.ua/rus/news/2022/04/8/7137461/',
        title: 'Беларусь составила список "недружественных государств" - в нем нет Украины',
        publisher: 'Европейская правда',
        kind: 'reporting',
      },
    ],
    note: 'Published on the National Legal Internet Portal on 8 April 2022 and in force on publication. o2.pl, which read the text on pravo.by, dates it 6 April 2022 but also says the Prime Minister signed it two days later; the resolution number was not located.',
  },
  {
    id: 'by-2022-04-06-resolution-212-10',
    date: '2022-04-06',
    actor: 'by',
    action: 'expand',
    instrument:
      'Joint Resolution of the Council of Ministers and the National Bank No. 212/10 of 6 April 2022 "On temporary measures to fulfil debt obligations to foreign creditors"',
    instrumentType: 'regulation',
    measures: ['finance'],
    summary:
      'Citing "unfriendly measures" by foreign creditors, provided that payments on government loans from the World Bank (IBRD), the EBRD and the Nordic Investment Bank be made in Belarusian rubles at the official rate, into special accounts at Belarusbank.',
    targets: ['IBRD', 'EBRD', 'Nordic Investment Bank'],
    sources: [
      {
        url: 'https://media-polesye.com/news/dolgi-nedruzhestvennym-kreditoram-vyplatyat-v-rublyah-na-schyot-v-belarusbanke/amp',
        title: 'Долги недружественным кредиторам выплатят в рублях на счёт в «Беларусбанке»',
        publisher: 'Медиа-Полесье',
        kind: 'reporting',
      },
      {
        url: 'https://asumetech.com/belarus-to-repay-loans-to-us-institutions-in-belarusian-rubles/',
        title: 'Belarus to repay loans to US institutions in Belarusian rubles',
        publisher: 'AsumeTech',
        kind: 'reporting',
      },
    ],
    note: 'The government press service announced the decision on 7 April 2022 (Sputnik). The resolution title is given as reported in translation.',
  },
  {
    id: 'by-2022-04-07-decree-137',
    date: '2022-04-07',
    actor: 'by',
    action: 'expand',
    instrument: 'Presidential Decree No. 137 of 7 April 2022 "On enforcement documents"',
    instrumentType: 'executive-order',
    measures: ['finance'],
    summary:
      "Suspended the enforcement of enforcement documents issued in favour of resident companies of states that take unfriendly actions against Belarusian legal entities or individuals, and required banks to refuse payment claims submitted by such companies under enforcement documents without the payer's acceptance.",
    sources: [
      {
        url: 'https://president.gov.by/en/events/belarus-suspends-payments-to-companies-from-unfriendly-states',
        title: 'Belarus suspends payments to companies from unfriendly states',
        publisher: 'President of the Republic of Belarus',
        kind: 'official',
      },
      {
        url: 'https://ambylegal.by/?p=970',
        title: 'Decree No. 137: suspension of enforcement in favour of residents of unfriendly states',
        publisher: 'AMBY Legal',
        kind: 'reporting',
      },
    ],
    note: 'In force from 9 April 2022 (AMBY Legal).',
  },
  {
    id: 'by-2022-04-15-eu-vehicles-ban',
    date: '2022-04-15',
    actor: 'by',
    action: 'impose',
    instrument:
      'Retaliatory ban on EU-registered trucks and tractors (Ministry of Transport and Communications announcement)',
    instrumentType: 'regulation',
    measures: ['transport'],
    summary:
      'In response to the EU ban on Belarusian road carriers, banned from 00:00 on 16 April 2022 the movement of trucks and tractors registered in the EU across the Eurasian Economic Union customs border into Belarus, except to designated places for cargo operations; the State Customs Committee designated 14 such points.',
    targets: ['European Union', 'EU-registered trucks'],
    sources: [
      {
        url: 'https://news.az/news/belarus-introduces-retaliatory-restrictions-for-eu-vehicles-from-april-16',
        title: 'Belarus introduces retaliatory restrictions for EU vehicles from April 16',
        publisher: 'News.az (citing RIA Novosti)',
        kind: 'reporting',
      },
      {
        url: 'https://www.urdupoint.com/en/world/belarus-bans-entry-of-eu-registered-cars-tra-1497868.html',
        title: 'Belarus Bans Entry of EU-Registered Cars, Tractors - Transport Ministry',
        publisher: 'UrduPoint (Sputnik)',
        kind: 'reporting',
      },
    ],
    note: 'Announced by the ministry on its Telegram channel on 15 April 2022; the underlying legal act was not located.',
  },
  {
    id: 'by-2022-05-04-extend-resolution-240',
    date: '2022-05-04',
    actor: 'by',
    action: 'renew',
    instrument: 'Council of Ministers resolution of May 2022 extending Resolution No. 240 to 4 November 2022',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'On the basis of Decree No. 128, extended to 4 November 2022 inclusive the ban on the import and sale of the goods listed in Resolution No. 240 (Liqui Moly, Skoda Auto and Beiersdorf products).',
    targets: ['Liqui Moly', 'Skoda Auto', 'Beiersdorf'],
    modifies: ['by-2021-04-23-resolution-240'],
    sources: [
      {
        url: 'https://www.alta.ru/tamdoc/22bl0273',
        title:
          'Постановление Совета Министров Республики Беларусь о продлении действия постановления от 23 апреля 2021 г. N 240 (текст)',
        publisher: 'Alta-Soft (alta.ru)',
        kind: 'act',
      },
    ],
    note: 'The text states the extension applies from 5 May 2022 and the other provisions from adoption; alta.ru gives 4 May 2022 as the date of entry into force, taken here as the adoption date. The resolution number was not seen.',
  },
  {
    id: 'by-2022-07-01-resolution-436',
    date: '2022-07-01',
    actor: 'by',
    action: 'expand',
    instrument: 'Council of Ministers Resolution No. 436 of 1 July 2022',
    instrumentType: 'regulation',
    measures: ['assets'],
    summary:
      'Listed 190 Belarusian companies in which shareholders from "unfriendly" states may not dispose of their shares; the shares are blocked on the owners\' depository accounts by order of the Finance Ministry. Companies on the list include Lidskoe Pivo (owned by Olvi), Lukoil Belarus and Henkel\'s Belarusian unit.',
    targets: ['Lidskoe Pivo', 'Lukoil Belarus', 'Henkel'],
    sources: [
      {
        url: 'https://belarus.typo3-main-stage.ahk.de/infothek/news/news-details/erweiterung-des-verzeichnisses-von-unternehmen-laut-verordnung-54-vom-23012023',
        title: 'Erweiterung des Verzeichnisses von Unternehmen laut Verordnung 54 vom 23.01.2023',
        publisher: 'AHK Belarus (German Chamber of Commerce)',
        kind: 'reporting',
      },
      {
        url: 'https://www.wnp.pl/rynki-zagraniczne/bialorus-zakazala-udzialowcom-z-nieprzyjaznych-krajow-sprzedawania-aktywow-firm,599067.html',
        title: 'Białoruś zakazała udziałowcom z nieprzyjaznych krajów sprzedawania aktywów firm',
        publisher: 'wnp.pl (PAP)',
        kind: 'reporting',
      },
    ],
    note: 'The 190 are Belarusian companies whose foreign shareholders may not dispose of their shares, not sanctioned foreign persons, so they are left out of the listed counts. BelTA later said the list had grown to 192 after a November 2022 amendment.',
  },
  {
    id: 'by-2022-11-21-ccc-ruble-payments',
    date: '2022-11-21',
    actor: 'by',
    action: 'expand',
    instrument:
      'Joint Resolution of the Council of Ministers and the National Bank of 21 November 2022 amending Joint Resolution No. 212/10',
    instrumentType: 'regulation',
    measures: ['finance'],
    summary:
      'Added the US Commodity Credit Corporation to the creditors whose government loans Belarus services in Belarusian rubles, alongside the EBRD, the Nordic Investment Bank and the IBRD.',
    targets: ['Commodity Credit Corporation'],
    sources: [
      {
        url: 'https://asumetech.com/belarus-to-repay-loans-to-us-institutions-in-belarusian-rubles/',
        title: 'Belarus to repay loans to US institutions in Belarusian rubles',
        publisher: 'AsumeTech',
        kind: 'reporting',
      },
    ],
    note: 'The amending act was reported as "No. 25/801"; its number was not checked against the official text.',
  },
  {
    id: 'by-2022-12-14-resolution-865',
    date: '2022-12-14',
    actor: 'by',
    action: 'renew',
    instrument: 'Council of Ministers Resolution No. 865 of 14 December 2022',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Extended paragraphs 1 and 3–5 of Resolution No. 700 (the embargo on goods from the EU, the United States, Canada, Norway, Albania, Iceland, North Macedonia, the United Kingdom, Montenegro and Switzerland) to 30 June 2023, and specified that potatoes, onions, cabbage, carrots, beets, apples and nuts are covered.',
    modifies: ['by-2021-12-06-resolution-700'],
    sources: [
      {
        url: 'https://law.by/news/legal-news/2022/december/72494/',
        title: 'Belarus extends embargo on Western food imports till 30 June 2023',
        publisher: 'National Legal Internet Portal / law.by (BelTA)',
        kind: 'official',
      },
      {
        url: 'https://www.fao.org/giews/food-prices/food-policies/detail/en/c/1627815/',
        title: 'Belarus extends embargo on some food imports until 30 June 2023',
        publisher: 'FAO GIEWS',
        kind: 'reporting',
      },
      {
        url: 'https://interfax.ru/world/877242',
        title: 'Белоруссия продлила до июня эмбарго на ввоз западных продуктов',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: 'In force 1 January 2023 (Interfax). An earlier extension to 31 December 2022, published at the end of June 2022 and easing the ban for some fruit, is not recorded because its number and date were not found.',
  },
  {
    id: 'by-2023-01-03-law-240-z',
    date: '2023-01-03',
    actor: 'by',
    action: 'impose',
    instrument: 'Law of the Republic of Belarus No. 240-Z of 3 January 2023 "On seizure of property"',
    instrumentType: 'statute',
    measures: ['assets'],
    summary:
      "Allowed property in Belarus (including money, securities and property rights) of persons from states committing unfriendly actions, and of persons under their influence, to be seized into state ownership by decision of the Economic Court of Minsk, on application of the State Property Committee after a Council of Ministers decision, with or without compensation at the court's discretion.",
    sources: [
      {
        url: 'https://bis.by/en/articles/emergency-laws-passed',
        title: 'Emergency laws passed',
        publisher: 'bis.by',
        kind: 'reporting',
      },
      {
        url: 'https://charter97.org/en/news/2023/1/6/531086',
        title: "Lukashenka Secretly Adopted 'Law' On Belarusians' Property Confiscation",
        publisher: 'Charter 97',
        kind: 'reporting',
      },
    ],
    note: 'Published on the National Legal Internet Portal on 6 January 2023; in force 17 January 2023.',
  },
  {
    id: 'by-2023-01-03-law-239-z',
    date: '2023-01-03',
    actor: 'by',
    action: 'impose',
    instrument:
      'Law of the Republic of Belarus No. 239-Z of 3 January 2023 "On issues concerning transfer under temporary external management"',
    instrumentType: 'statute',
    measures: ['assets'],
    summary:
      'Allowed Belarusian commercial companies whose owners or shareholders are persons from foreign states to be placed under temporary external management for up to 18 months, with the powers of the executive body passed to a temporary manager.',
    sources: [
      {
        url: 'https://bis.by/en/articles/emergency-laws-passed',
        title: 'Emergency laws passed',
        publisher: 'bis.by',
        kind: 'reporting',
      },
      {
        url: 'https://www.sorainen.com/lv/publikacijas/delfi-lv-latvijas-un-es-valstu-ieguldijumu-baltkrievija-butiski-apdraudeti/',
        title: 'Latvijas un ES valstu ieguldījumu Baltkrievijā būtiski apdraudēti',
        publisher: 'Sorainen',
        kind: 'reporting',
      },
    ],
    note: 'In force 17 January 2023 (bis.by).',
  },
  {
    id: 'by-2023-01-23-resolution-54',
    date: '2023-01-23',
    actor: 'by',
    action: 'expand',
    instrument: 'Council of Ministers Resolution No. 54 of 23 January 2023',
    instrumentType: 'regulation',
    measures: ['assets'],
    summary:
      'Expanded to 1,849 the list of Belarusian companies in which participants from "unfriendly" states may not dispose of their shares, exit or reorganise; the list includes 226 companies with German, 257 with Polish and 118 with Estonian participation.',
    sources: [
      {
        url: 'https://deu.belta.by/economics/view/ministerrat-erweitert-liste-auslandischer-investoren-die-ihre-aktien-in-belarus-63583-2023',
        title:
          'Ministerrat erweitert Liste ausländischer Investoren, die ihre Aktien in Belarus nicht veräußern dürfen',
        publisher: 'BelTA',
        kind: 'official',
      },
      {
        url: 'https://belarus.typo3-main-stage.ahk.de/infothek/news/news-details/erweiterung-des-verzeichnisses-von-unternehmen-laut-verordnung-54-vom-23012023',
        title: 'Erweiterung des Verzeichnisses von Unternehmen laut Verordnung 54 vom 23.01.2023',
        publisher: 'AHK Belarus (German Chamber of Commerce)',
        kind: 'reporting',
      },
    ],
    note: 'Published 28 January 2023 and in force on publication. The 1,849 are Belarusian companies, not sanctioned foreign persons, so they are left out of the listed counts. BelTA gives the previous total as 192; AHK compares with the 190 of Resolution No. 436.',
  },
  {
    id: 'by-2023-07-12-law-special-restrictive-measures',
    date: '2023-07-12',
    actor: 'by',
    action: 'impose',
    instrument:
      'Law of the Republic of Belarus of 12 July 2023 "On the application of special restrictive measures"',
    instrumentType: 'statute',
    measures: ['trade', 'finance'],
    summary:
      'Set in law the principles and procedure for applying special restrictive measures against unfriendly states, their nationals and organisations and persons associated with or controlled by them. The measures may include bans on the import, transfer and export of goods and services, suspension of international cooperation and financial blacklisting.',
    sources: [
      {
        url: 'https://www.urdupoint.com/en/world/belarus-enshrines-in-law-special-measures-aga-1726204.html',
        title: 'Belarus Enshrines in Law Special Measures Against Unfriendly Countries',
        publisher: 'UrduPoint (Sputnik)',
        kind: 'reporting',
      },
      {
        url: 'https://ria.ru/20251213/lukashenko-2061781649.html',
        title: 'Лукашенко подписал закон, уточняющий применение ограничительных мер',
        publisher: 'RIA Novosti',
        kind: 'reporting',
      },
    ],
    note: 'Date of the law as cited by RIA Novosti; published on the legal portal on 20 July 2023 and in force 10 days later (Sputnik). The law number was not located. An amending law (adopted by the House of Representatives on 5 November 2025 and approved by the Council of the Republic on 24 November 2025) was signed in December 2025; its date and number were not located.',
  },
  {
    id: 'by-2023-10-19-decree-93-share-sales',
    date: '2023-10-19',
    actor: 'by',
    action: 'ease',
    instrument:
      'Presidential decree of October 2023 amending Decree No. 93 (sale of assets by residents of unfriendly states)',
    instrumentType: 'executive-order',
    measures: ['assets'],
    summary:
      'Allowed residents of "unfriendly" states to sell their assets in Belarus if the government grants permission and a payment of at least 25% of the assets\' market value is made to the national budget.',
    modifies: ['by-2022-03-14-decree-93', 'by-2022-07-01-resolution-436'],
    sources: [
      {
        url: 'https://kesarev.partners/insight_20231108',
        title:
          'Belarus Presidential Executive Order sanctions sale of assets by residents of unfriendly states',
        publisher: 'Kesarev',
        kind: 'reporting',
      },
    ],
    note: "Kesarev dates the amendment 19 October 2023; the amending decree's number and signing date were not located. The measure both opens a route out of the 2022 share lock-up and adds an exit fee.",
  },
  {
    id: 'by-2023-12-26-resolution-934',
    date: '2023-12-26',
    actor: 'by',
    action: 'renew',
    instrument: 'Council of Ministers Resolution No. 934 of 26 December 2023',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Extended paragraphs 1 and 3–5 of Resolution No. 700 (the embargo on goods from the EU, the United States, Canada, Norway, Albania, Iceland, North Macedonia, the United Kingdom, Montenegro and Switzerland) to 31 December 2024, and allowed apples from these countries to be imported from 1 April to 31 July 2024.',
    modifies: ['by-2021-12-06-resolution-700'],
    sources: [
      {
        url: 'https://news.by/eng/news/ekonomika/belarus_prodlila_do_kontsa_2024_goda_prodembargo_na_tovary_iz_zapadnykh_stran',
        title: 'Belarus extends food embargo on goods from Western countries until end of 2024',
        publisher: 'news.by (citing BelTA)',
        kind: 'reporting',
      },
      {
        url: 'http://belarus.kz/aktueller/2-402/11/71945',
        title: 'Падоўжана харчовае эмбарга да 31 снежня 2024 года',
        publisher: 'belarus.kz',
        kind: 'reporting',
      },
    ],
    note: 'An extension to 31 December 2023 (signed late June 2023, adding a ban on beer and low-alcohol drinks from Lithuania and Poland) and one to 31 December 2025 (late December 2024) are not recorded because their numbers and dates were not found.',
  },
  {
    id: 'by-2025-12-31-resolution-808',
    date: '2025-12-31',
    actor: 'by',
    action: 'renew',
    instrument:
      'Council of Ministers Resolution No. 808 of 31 December 2025 "On the application of a special restrictive measure"',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Extended by two years, to 31 December 2027, the ban on the import and sale in Belarus of certain goods originating in "unfriendly" countries.',
    modifies: ['by-2021-12-06-resolution-700'],
    sources: [
      {
        url: 'https://www.interfax.ru/world/1065965',
        title: 'Белоруссия продлила запрет на импорт ряда товаров из недружественных стран',
        publisher: 'Interfax',
        kind: 'reporting',
      },
      {
        url: 'https://cargoclub.io/de/news/belarus-verlngert-einfuhrverbot-fr-bestimmte-waren-aus-unfreundlichen-lndern-bis-ende-2027.html',
        title:
          'Belarus verlängert Einfuhrverbot für bestimmte Waren aus unfreundlichen Ländern bis Ende 2027',
        publisher: 'CargoClub',
        kind: 'reporting',
      },
    ],
    note: 'Signed by Prime Minister Alexander Turchin (CargoClub). Interfax says the list of goods had been expanded over time to several dozen food and non-food items.',
  },
];
