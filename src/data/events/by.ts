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
    uncounted: 'A diplomatic measure against one ambassador, not a listing of persons or entities.',
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
        publisher: 'BelaPAN (Naviny.by)',
        kind: 'reporting',
      },
      {
        url: 'https://charter97.org/en/news/2008/3/12/4716',
        title: 'US Ambassador to Belarus Recalled to Washington',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No official text of the Foreign Ministry statement of 7 March 2008 is available; this record follows press reports of it.',
    note: 'A diplomatic measure, not a legal act; filed under "travel" as the nearest measure kind. The Foreign Ministry statement was posted on its website (per The Washington Post).',
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
    uncounted: "A cut in a foreign embassy's staff, not a listing of persons or entities.",
    sources: [
      {
        url: 'https://www.rferl.org/newsline/2008/03/3-cee/cee-280308.asp',
        title: 'RFE/RL Newsline, 28 March 2008: Some U.S. Embassy Staff Leave Belarus',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
      {
        url: 'https://brecorder.com/news/amp/3495003',
        title: 'US embassy in Minsk to cut staff to seventeen (AFP report; descriptive title)',
        publisher: 'Business Recorder',
        kind: 'reporting',
      },
      {
        url: 'http://new.naviny.by/en/rubrics/english/2008/04/17/ic_news_259_289319',
        title:
          "Minsk has not received Washington's response to demand for further embassy staff cut, official says",
        publisher: 'BelaPAN (Naviny.by)',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No published text of the Foreign Ministry’s recommendation of 17 March 2008 is available; this record follows press reports of it.',
    note: 'A diplomatic measure, filed under "travel" as the nearest measure kind. RFE/RL put the US embassy staff before the cut at about 35; AFP (Business Recorder) quoted a diplomatic source giving 38 and the US chargé d\'affaires saying staff would be reduced to seventeen by 27 March. At the end of March and in April 2008 the ministry demanded further cuts (BelaPAN); those later demands are not separate records.',
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
    uncounted:
      'The list was not published; BelTA reported "over 150" people would be affected, an approximate figure.',
    sources: [
      {
        url: 'https://mfa.gov.by/en/press/news_mfa/d92441b1ce9b7ec3.html',
        title:
          'Press Secretary Andrei Savinykh comments on the introduction of measures to reciprocate EU and US sanctions towards Belarus',
        publisher: 'Ministry of Foreign Affairs of Belarus (Belarusian government)',
        kind: 'official',
      },
      {
        url: 'http://www.myadel.gov.by/en/republic-en/view/over-150-eu-usa-representatives-banned-from-entering-belarus-5707/',
        title: 'Over 150 EU, USA representatives banned from entering Belarus (BelTA)',
        publisher: 'Myadel District Executive Committee (Belarusian local government, republishing BelTA)',
        kind: 'official',
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
    uncounted: 'The lists were not published; "about 100" officials per country is an approximate figure.',
    sources: [
      {
        url: 'https://news.err.ee/1141159/belarus-sanctions-baltic-officials',
        title: 'Belarus sanctions Baltic officials',
        publisher: 'ERR News (Estonian Public Broadcasting)',
        kind: 'reporting',
      },
      {
        url: 'https://www.lrt.lt/en/news-in-english/19/1242782/belarus-imposes-sanctions-on-baltic-officials',
        title: 'Belarus imposes sanctions on Baltic officials',
        publisher: 'LRT (Lithuanian National Radio and Television)',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The lists were not published, and no official text of the Foreign Ministry’s announcement is available; this record follows Baltic public broadcasters’ reports of it.',
    note: 'Announced by Foreign Ministry spokesman Anatoly Glaz to BelTA.',
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
    uncounted: 'The lists were not published and no number was given.',
    sources: [
      {
        url: 'https://wap.belta.by/politics/view/mid-belarus-vvodit-simmetrichnye-ogranichenija-v-otnoshenii-dolzhnostnyh-lits-velikobritanii-i-kanady-409282-2020',
        title:
          'МИД: Беларусь вводит симметричные ограничения в отношении должностных лиц Великобритании и Канады',
        publisher: 'BelTA (Belarusian state news agency)',
        kind: 'official',
      },
      {
        url: 'https://primepress.by/news/ekonomika/belarus_s_2_oktyabrya_vvedet_otvetnye_sanktsii_v_otnoshenii_es_mid_belarusi_-25098/',
        title: 'Беларусь с 2 октября введет ответные санкции в отношении ЕС – МИД Беларуси',
        publisher: 'Prime-Press (Belarusian news agency)',
        kind: 'reporting',
      },
      {
        url: 'https://meduza.io/amp/en/news/2020/10/02/belarus-blacklists-european-officials-in-response-to-eu-visa-sanctions',
        title: 'Belarus blacklists European officials in response to EU visa sanctions',
        publisher: 'Meduza',
        kind: 'reporting',
      },
      {
        url: 'https://eurointegration.com.ua/news/2020/10/2/7114955/index.amp',
        title: 'Білорусь вводить симетричні санкції проти Британії і Канади',
        publisher: 'European Pravda',
        kind: 'reporting',
      },
    ],
    note: 'The EU statement was posted on the Foreign Ministry website (per Prime-Press). The UK and Canada restrictions were announced the same day by spokesman Anatoly Glaz (BelTA).',
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
    uncounted: 'The list was not published and no number was given.',
    sources: [
      {
        url: 'https://babel.ua/ru/news/54777-belarus-rasshirila-otvetnye-sankcii-protiv-stran-evrosoyuza-i-kanady',
        title:
          'Беларусь расширила ответные санкции против стран Евросоюза и Канады. Против кого именно — не говорят',
        publisher: 'Babel',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No official text of the Foreign Ministry statement is available and the list was not published; this record follows press reports of the statement.',
    note: 'The ministry statement says the list is expanded "from today"; the date of 17 November 2020 is as reported at the time and is not confirmed by the statement itself.',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=3871&p0=P32100128',
        title:
          'Decree of the President of the Republic of Belarus No. 128 of 30 March 2021 “On the application of special measures”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://primepress.by/news/ekonomika/lukashenko_s_ordinance_on_counter_sanctions_to_come_into_force_10_april-31455/',
        title: "Lukashenko's ordinance on counter-sanctions to come into force 10 April",
        publisher: 'Prime-Press (Belarusian news agency)',
        kind: 'reporting',
      },
      {
        url: 'https://forsal.pl/swiat/aktualnosci/artykuly/8132055,lukaszenka-wprowadza-retorsje-w-celu-obrony-interesow-narodowych.html',
        title: 'Łukaszenka wprowadza retorsje w celu obrony interesów narodowych (PAP)',
        publisher: 'Forsal.pl',
        kind: 'reporting',
      },
    ],
    note: 'Signed 30 March 2021; published on the National Legal Internet Portal on 1 April 2021; in force 10 April 2021 (Prime-Press). An enabling decree: it listed no persons or entities itself (hence zero); the goods were named later by the Council of Ministers.',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22100240',
        title:
          'Council of Ministers Resolution No. 240 of 23 April 2021 “On the application of special measures”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://www.belta.by/economics/view/pravitelstvo-prodlilo-na-polgoda-zapret-na-vvoz-i-realizatsiju-rjada-tovarov-467676-2021/',
        title: 'Правительство продлило на полгода запрет на ввоз и реализацию ряда товаров',
        publisher: 'BelTA (Belarusian state news agency)',
        kind: 'official',
      },
      {
        url: 'https://news.by/eng/news/obshchestvo/pravitelstvo_ustanovilo_perechen_tovarov_zapreshchennykh_k_vvozu_i_prodazhe_v_belarusi_',
        title: 'Government establishes list of goods banned for import and sale in Belarus',
        publisher: 'news.by (Belarusian state broadcaster)',
        kind: 'official',
      },
    ],
    note: 'news.by reported that the resolution would enter into force 10 days after publication and be valid for six months; its page carries a wrong (2019) date stamp. A ban on goods of named company groups, not a listing of persons or entities (hence zero).',
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
    uncounted: 'No list was published and no number was given.',
    sources: [
      {
        url: 'https://en.armradio.am/2021/06/28/belarus-suspends-participation-in-eastern-partnership-initiative/',
        title: 'Belarus suspends participation in Eastern Partnership initiative',
        publisher: 'Public Radio of Armenia',
        kind: 'reporting',
      },
      {
        url: 'https://www.zdg.md/stiri/stiri-externe/belarus-a-anunat-ca-ii-suspenda-participarea-la-parteneriatul-estic-cu-uniunea-europeana-reacia-ministerului-de-externe-de-la-chiinau/',
        title: 'Belarus a anunțat că își suspendă participarea la Parteneriatul Estic cu Uniunea Europeană',
        publisher: 'Ziarul de Gardă',
        kind: 'reporting',
      },
      {
        url: 'https://ipress.ua/news/bilorus_pryzupynyla_uchast_u_shidnomu_partnerstvi_i_vidklykaie_posla_v_yes_324009.html',
        title:
          'Білорусь призупинила участь у "Східному партнерстві" і відкликає посла в ЄС (citing Yevropeiska Pravda)',
        publisher: 'iPress.ua',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No official text of the Foreign Ministry statement of 28 June 2021 is available; this record follows press reports quoting it.',
    note: 'The statement was posted on the Foreign Ministry website on 28 June 2021 (per BelTA and Yevropeiska Pravda, as cited by these reports).',
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
    uncounted:
      "A cut in a foreign embassy's staff and the withdrawal of consent to one ambassador, not a listing of persons or entities.",
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
    noOfficialText:
      'The Foreign Ministry spokesman’s interview is no longer available at its official address; this record follows press reports of it.',
    note: 'A diplomatic measure, filed under "travel" as the nearest measure kind. The interview was posted on the Foreign Ministry website on 11 August 2021.',
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
        url: 'https://pravo.by/document/?guid=12551&p0=C22100622',
        title: 'Council of Ministers Resolution No. 622 of 2 November 2021',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://www.belta.by/economics/view/pravitelstvo-prodlilo-na-polgoda-zapret-na-vvoz-i-realizatsiju-rjada-tovarov-467676-2021/',
        title: 'Правительство продлило на полгода запрет на ввоз и реализацию ряда товаров',
        publisher: 'BelTA (Belarusian state news agency)',
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
      'In response to the coordinated EU, US, UK and Canadian sanctions of 2 December 2021, the Foreign Ministry announced entry bans, an import ban on goods from states applying sanctions against Belarus, and retaliatory restrictions on EU and UK air carriers. It did not name the persons, companies or goods concerned.',
    targets: ['European Union', 'United States', 'United Kingdom', 'Canada'],
    uncounted: 'The expanded entry-ban lists were not published and no number was given.',
    sources: [
      {
        url: 'https://www.euronews.com/2021/12/06/belarus-imposes-retaliatory-sanctions-on-eu-and-uk-airlines',
        title: 'Belarus imposes retaliatory sanctions on EU and UK airlines',
        publisher: 'Euronews',
        kind: 'reporting',
      },
      {
        url: 'https://magyarszo.rs/kozelet/europa/a.43699/Feheroroszorszag-valaszszankciokat-leptetett-eletbe-a-nyugati-orszagokkal-szemben',
        title: 'Fehéroroszország válaszszankciókat léptetett életbe a nyugati országokkal szemben',
        publisher: 'Magyar Szó',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The Foreign Ministry statement of 6 December 2021 is no longer available at its official address; this record follows press reports of it.',
    note: 'The statement was published on the Foreign Ministry website. The import ban became Resolution No. 700 of the same day (by-2021-12-06-resolution-700). No legal act on the announced restrictions on EU and UK air carriers is known.',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22100700',
        title:
          'Council of Ministers Resolution No. 700 of 6 December 2021 “On the application of special measures in respect of certain types of goods”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://law.by/news/legal-news/2022/december/72494/',
        title: 'Belarus extends embargo on Western food imports till 30 June 2023 (BelTA)',
        publisher: 'law.by (National Centre of Legal Information, Belarusian government)',
        kind: 'official',
      },
      {
        url: 'https://www.euronews.com/2021/12/06/belarus-imposes-retaliatory-sanctions-on-eu-and-uk-airlines',
        title: 'Belarus imposes retaliatory sanctions on EU and UK airlines',
        publisher: 'Euronews',
        kind: 'reporting',
      },
      {
        url: 'https://www.fao.org/giews/food-prices/food-policies/detail/en/c/1627815/',
        title: 'Belarus extends embargo on some food imports until 30 June 2023',
        publisher: 'FAO GIEWS (Food and Agriculture Organization food policy monitoring)',
        kind: 'analysis',
      },
    ],
    note: 'The government press service announced the embargo on 7 December 2021. The government said food imports from these countries were worth more than $530 million in the first ten months of 2021 (as reported by agencies). A goods embargo by country of origin, not a listing of persons or entities (hence zero).',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=3871&p0=P32200093',
        title:
          'Decree of the President of the Republic of Belarus No. 93 of 14 March 2022 “On additional measures to ensure the stable functioning of the economy”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://euroradio.by/en/lukashenkas-new-decree-kept-secret',
        title: "Lukashenka's new decree kept secret",
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'Most provisions are marked "for office use" and are not published; the summary covers the published extract (as amended to 13 March 2024). A finance measure, not a listing of persons or entities (hence zero).',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://o2.pl/informacje/lukaszenka-zaskoczyl-chodzi-o-jego-liste-nieprzyjaznych-panstw-6756009458088576a',
        title: 'Łukaszenka zaskoczył. Chodzi o jego listę nieprzyjaznych państw',
        publisher: 'o2.pl',
        kind: 'reporting',
      },
      {
        url: 'https://eurointegration.com.ua/news/2022/04/8/7137461/index.amp',
        title: 'Білорусь склала список "недружніх держав" - у ньому немає України',
        publisher: 'European Pravda',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The resolution’s number is not known, so its official text cannot be linked; this record follows press reports of its publication.',
    note: 'Published on the National Legal Internet Portal on 8 April 2022 and in force on publication. o2.pl, citing the text on the portal, dates it 6 April 2022 but also says the Prime Minister signed it two days later; the resolution number is not known. A list of states, not of persons or entities (hence zero).',
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
      'Citing "unfriendly measures" by foreign creditors, provided that payments on government loans from the World Bank (IBRD), the EBRD and the Nordic Investment Bank be made in Belarusian rubles at the official rate of the ruble on the date of payment.',
    targets: ['IBRD', 'EBRD', 'Nordic Investment Bank'],
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://babel.ua/en/news/77617-due-to-the-sanctions-belarus-will-pay-part-of-the-foreign-debt-in-the-national-currency',
        title: 'Due to the sanctions, Belarus will pay part of the foreign debt in the national currency',
        publisher: 'Babel',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No official text of the joint resolution is available; this record follows press reports of the government’s announcement.',
    note: 'The government press service announced the decision on its Telegram channel on 7 April 2022. The resolution number and date (212/10 of 6 April 2022) are as given in a later report of an amendment. A payment measure, not a listing of persons or entities (hence zero). A November 2022 amendment reported to add the US Commodity Credit Corporation to the list is not recorded, as it is not confirmed.',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=3871&p0=P32200137',
        title:
          'Decree of the President of the Republic of Belarus No. 137 of 7 April 2022 “On enforcement documents”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://president.gov.by/en/events/belarus-suspends-payments-to-companies-from-unfriendly-states',
        title: 'Belarus suspends payments to companies from unfriendly states',
        publisher: 'President of the Republic of Belarus (official website, Belarusian government)',
        kind: 'official',
      },
      {
        url: 'https://ambylegal.by/?p=970',
        title: 'Decree No. 137: suspension of enforcement in favour of residents of unfriendly states',
        publisher: 'AMBY Legal',
        kind: 'analysis',
      },
    ],
    note: 'In force from 9 April 2022 (AMBY Legal). A payment measure, not a listing of persons or entities (hence zero).',
  },
  {
    id: 'by-2022-04-22-resolution-247',
    date: '2022-04-22',
    actor: 'by',
    action: 'impose',
    instrument: 'Council of Ministers Resolution No. 247 of 22 April 2022 "On the movement of vehicles"',
    instrumentType: 'regulation',
    measures: ['transport'],
    summary:
      'Restricted the movement across Belarus of freight vehicles registered in the European Union, after the EU banned Belarusian road carriers in April 2022. Exemptions, as explained by the State Customs Committee, cover among others mail, humanitarian goods, live animals, medicines and medical goods, and (from May 2022) oversized cargo and car transporters.',
    targets: ['European Union', 'EU-registered trucks'],
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22200247',
        title: 'Council of Ministers Resolution No. 247 of 22 April 2022 “On the movement of vehicles”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://idg.by/journal/moya-bukhgalteriya-transport/5-2023/gtk-kogda-ne-primenyayutsya-ogranicheniya-dvizheniya-avtomobilei-iz-es.html',
        title: 'ГТК: когда не применяются ограничения движения автомобилей из ЕС',
        publisher: 'IDG (Belarusian legal and accounting publisher)',
        kind: 'analysis',
      },
      {
        url: 'https://bamap.org/information/news/2022_05_06_183253/',
        title:
          'Внесены изменения в постановление Правительства от 22 апреля 2022 г. № 247 «О перемещении транспортных средств»',
        publisher: 'BAMAP (Belarusian Association of International Road Carriers)',
        kind: 'analysis',
      },
    ],
    note: 'The Ministry of Transport had announced on 15 April 2022 a ban from 16 April on EU-registered lorries and tractor units crossing into Belarus except to designated places (14 such points were named by the State Customs Committee); its legal basis before this resolution is not known. The resolution was amended on 6 May 2022 to exempt oversized cargo and car transporters (BAMAP). A transport measure, not a listing of persons or entities (hence zero).',
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
        url: 'https://interfax.ru/world/839409',
        title: 'Белоруссия на полгода продлила запрет на ввоз продукции Skoda, Liqui Moly и Beiersdorf',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The resolution’s number is not known, so its official text cannot be linked; this record follows Interfax’s report of its publication.',
    note: 'Interfax reported the resolution on 5 May 2022 from its publication on the National Legal Internet Portal. The text applies the extension from 5 May 2022 and its other provisions from adoption; a published version of the text gives 4 May 2022 as the date of entry into force, taken here as the adoption date. The resolution number is not known.',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://www.wnp.pl/rynki-zagraniczne/bialorus-zakazala-udzialowcom-z-nieprzyjaznych-krajow-sprzedawania-aktywow-firm,599067.html',
        title: 'Białoruś zakazała udziałowcom z nieprzyjaznych krajów sprzedawania aktywów firm',
        publisher: 'wnp.pl (PAP)',
        kind: 'reporting',
      },
      {
        url: 'https://belarus.typo3-main-stage.ahk.de/infothek/news/news-details/erweiterung-des-verzeichnisses-von-unternehmen-laut-verordnung-54-vom-23012023',
        title: 'Erweiterung des Verzeichnisses von Unternehmen laut Verordnung 54 vom 23.01.2023',
        publisher: 'AHK Belarus (German chamber of commerce)',
        kind: 'analysis',
      },
      {
        url: 'https://schneider-group.com:443/en/news/countries/restrictions-on-the-rights-of-foreign-businesses-to-manage-companies-in-Belarus/',
        title: 'Restrictions on the rights of foreign businesses to manage companies in Belarus',
        publisher: 'SCHNEIDER GROUP',
        kind: 'analysis',
      },
    ],
    noOfficialText:
      'No official text is available and its number is disputed (No. 436 or No. 433); this record follows press and business-association reports.',
    note: 'The resolution number is disputed: AHK Belarus gives No. 436 of 1 July 2022, SCHNEIDER GROUP No. 433 of 1 July 2022. The 190 are Belarusian companies whose foreign shareholders may not dispose of their shares, not sanctioned foreign persons, so the listed count is zero. BelTA later said the list had grown to 192 after a November 2022 amendment.',
  },
  {
    id: 'by-2022-11-03-resolution-744',
    date: '2022-11-03',
    actor: 'by',
    action: 'renew',
    instrument: 'Council of Ministers Resolution No. 744 of 3 November 2022',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Extended by six months, to 4 May 2023, the ban on the import and sale of Liqui Moly, Skoda Auto and Beiersdorf goods set by Resolution No. 240.',
    targets: ['Liqui Moly', 'Skoda Auto', 'Beiersdorf'],
    modifies: ['by-2021-04-23-resolution-240'],
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22200744',
        title: 'Council of Ministers Resolution No. 744 of 3 November 2022',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://slavgorod.by/2022/11/08/pravitelstvo-prodlilo-na-polgoda-zapret-na-vvoz-i-realizaciyu-ryada-tovarov',
        title: 'Правительство продлило на полгода запрет на ввоз и реализацию ряда товаров (BelTA)',
        publisher: 'slavgorod.by (district state newspaper, republishing BelTA)',
        kind: 'official',
      },
    ],
    note: 'Officially published on 5 November 2022 (BelTA). The next extension, to 4 November 2023, was Resolution No. 291 of 2 May 2023 (by-2023-05-02-resolution-291).',
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
        url: 'https://pravo.by/document/?guid=12551&p0=C22200865',
        title: 'Council of Ministers Resolution No. 865 of 14 December 2022',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://law.by/news/legal-news/2022/december/72494/',
        title: 'Belarus extends embargo on Western food imports till 30 June 2023 (BelTA)',
        publisher: 'law.by (National Centre of Legal Information, Belarusian government)',
        kind: 'official',
      },
      {
        url: 'https://interfax.ru/world/877242',
        title: 'Белоруссия продлила до июня эмбарго на ввоз западных продуктов',
        publisher: 'Interfax',
        kind: 'reporting',
      },
      {
        url: 'https://www.fao.org/giews/food-prices/food-policies/detail/en/c/1627815/',
        title: 'Belarus extends embargo on some food imports until 30 June 2023',
        publisher: 'FAO GIEWS (Food and Agriculture Organization food policy monitoring)',
        kind: 'analysis',
      },
    ],
    note: 'In force 1 January 2023 (Interfax). An earlier extension to 31 December 2022, published on the National Legal Internet Portal on 29 June 2022, is not recorded because its number and signing date are not known.',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=3871&p0=H12300240',
        title: 'Law of the Republic of Belarus No. 240-Z of 3 January 2023 “On seizure of property”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://charter97.org/en/news/2023/1/6/531086',
        title: "Lukashenka Secretly Adopted 'Law' On Belarusians' Property Confiscation",
        publisher: 'Charter 97',
        kind: 'reporting',
      },
      {
        url: 'https://www.sorainen.com/publications/belarusian-government-published-laws-re-new-restrictive-measures/',
        title: 'Belarusian government published laws re new restrictive measures',
        publisher: 'Sorainen',
        kind: 'analysis',
      },
      {
        url: 'https://belarus.revera.legal/en/info-centr/news-and-analytical-materials/1155-prinuditelnoe-izyatie-imushhestva-rezidentov-nedruzhestvennyx-stran/',
        title:
          'Special measures of the Republic of Belarus: seizure of property of individuals and legal entities with links to "unfriendly" countries',
        publisher: 'REVERA',
        kind: 'analysis',
      },
    ],
    note: 'Published on the National Legal Internet Portal on 6 January 2023; in force ten days after publication. REVERA misprints the dates (publication "6 October 2022", law "3 January 2022"). An enabling law: it listed no persons or entities itself (hence zero).',
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
      'Allowed Belarusian commercial companies whose owners or shareholders are persons from foreign states to be placed under temporary external management for up to 18 months by decision of the regional or Minsk city executive committees, with the powers of the executive body passed to a temporary manager.',
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://etalonline.by/document/?regnum=h12300239&q_id=6681189',
        title:
          'Закон Республики Беларусь от 3 января 2023 г. № 239-З «О вопросах передачи под временное внешнее управление»',
        publisher: 'ETALONLINE (National Centre of Legal Information, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://www.sorainen.com/publications/belarusian-government-published-laws-re-new-restrictive-measures/',
        title: 'Belarusian government published laws re new restrictive measures',
        publisher: 'Sorainen',
        kind: 'analysis',
      },
      {
        url: 'https://belarus.revera.legal/en/info-centr/news-and-analytical-materials/1154-vvedeno-vremennoe-vneshne-upravlenie-kommercheskimi-organizaciyami/',
        title:
          'Temporary external management of commercial organizations has been introduced in the Republic of Belarus. Whom does it concern?',
        publisher: 'REVERA',
        kind: 'analysis',
      },
    ],
    note: 'Published 6 January 2023. Entry into force is given as 16 January 2023 by REVERA and 17 January 2023 by other law-firm notes. The law applies to companies with any foreign owners, not only those from "unfriendly" states (REVERA, Sorainen). An enabling law: it listed no persons or entities itself (hence zero). The Council of Ministers set the procedure in Resolution No. 56 of 24 January 2023 (BelTA), not recorded separately.',
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
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22300054',
        title: 'Council of Ministers Resolution No. 54 of 23 January 2023',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://deu.belta.by/economics/view/ministerrat-erweitert-liste-auslandischer-investoren-die-ihre-aktien-in-belarus-63583-2023',
        title:
          'Ministerrat erweitert Liste ausländischer Investoren, die ihre Aktien in Belarus nicht veräußern dürfen',
        publisher: 'BelTA (Belarusian state news agency)',
        kind: 'official',
      },
      {
        url: 'https://belarus.typo3-main-stage.ahk.de/infothek/news/news-details/erweiterung-des-verzeichnisses-von-unternehmen-laut-verordnung-54-vom-23012023',
        title: 'Erweiterung des Verzeichnisses von Unternehmen laut Verordnung 54 vom 23.01.2023',
        publisher: 'AHK Belarus (German chamber of commerce)',
        kind: 'analysis',
      },
      {
        url: 'https://schneider-group.com:443/en/news/countries/restrictions-on-the-rights-of-foreign-businesses-to-manage-companies-in-Belarus/',
        title: 'Restrictions on the rights of foreign businesses to manage companies in Belarus',
        publisher: 'SCHNEIDER GROUP',
        kind: 'analysis',
      },
    ],
    note: 'Published 28 January 2023 and in force on publication. The 1,849 are Belarusian companies, not sanctioned foreign persons, so the listed count is zero. BelTA gives the previous total as 192; AHK compares with the 190 of the July 2022 resolution.',
  },
  {
    id: 'by-2023-05-02-resolution-291',
    date: '2023-05-02',
    actor: 'by',
    action: 'renew',
    instrument: 'Council of Ministers Resolution No. 291 of 2 May 2023',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Extended by six months, to 4 November 2023, the ban on the import and sale of Liqui Moly, Skoda Auto and Beiersdorf goods (the Nivea, Eucerin, La Prairie, Labello, Hansaplast, Tesa and other brands) set by Resolution No. 240.',
    targets: ['Liqui Moly', 'Skoda Auto', 'Beiersdorf'],
    modifies: ['by-2021-04-23-resolution-240'],
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22300291',
        title: 'Council of Ministers Resolution No. 291 of 2 May 2023',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://nashkraj.by/news/ekonomika/pravitelstvo-belarusi-prodlilo-zapret-na-vvoz-i-realizatsiyu-nekotorykh-tovarov/',
        title: 'Правительство Беларуси продлило запрет на ввоз и реализацию некоторых товаров (BelTA)',
        publisher: 'Nash Krai (regional newspaper, republishing BelTA)',
        kind: 'official',
      },
    ],
    note: 'Officially published on the National Legal Internet Portal by 4 May 2023, when BelTA reported it. The resolution extends Resolution No. 240 of 23 April 2021 “On the application of special measures”.',
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
    delisted: { persons: 0, entities: 0 },
    modifies: ['by-2022-03-14-decree-93', 'by-2022-07-01-resolution-436'],
    sources: [
      {
        url: 'https://kesarev.partners/insight_20231108',
        title:
          'Belarus Presidential Executive Order sanctions sale of assets by residents of unfriendly states',
        publisher: 'Kesarev',
        kind: 'analysis',
      },
    ],
    noOfficialText:
      'The amending decree’s number and official text are not available; this record follows a consultancy’s note.',
    note: "Kesarev dates the amendment 19 October 2023; the amending decree's number and signing date are not known. The measure both opens a route out of the 2022 share lock-up and adds an exit fee. It removes no company from the share lock-up list by itself (hence zero delisted): each sale needs a permit.",
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
        url: 'https://pravo.by/document/?guid=12551&p0=C22300934',
        title: 'Council of Ministers Resolution No. 934 of 26 December 2023',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://news.by/eng/news/ekonomika/belarus_prodlila_do_kontsa_2024_goda_prodembargo_na_tovary_iz_zapadnykh_stran',
        title: 'Belarus extends food embargo on goods from Western countries until end of 2024 (BelTA)',
        publisher: 'news.by (Belarusian state broadcaster)',
        kind: 'official',
      },
    ],
    note: 'An extension to 31 December 2023 (signed in late June 2023, adding a ban on beer and low-alcohol drinks from Lithuania and Poland, as BelTA reported) and one to 31 December 2025 (December 2024) are not recorded because their numbers and dates are not known.',
  },
  {
    id: 'by-2025-10-31-resolution-599',
    date: '2025-10-31',
    actor: 'by',
    action: 'expand',
    instrument:
      'Council of Ministers Resolution No. 599 of 31 October 2025 "On the application of special restrictive measures"',
    instrumentType: 'regulation',
    measures: ['transport'],
    summary:
      'Banned from 4 November 2025 to 31 December 2027 the movement across Belarus of lorries and tractor units registered in EU member states, of trailers and semi-trailers registered in Poland and Lithuania, and of Polish-registered passenger cars carrying goods internationally, with exceptions for mail, medicines, animals and medical or humanitarian supplies. It followed the closure of Lithuanian and Polish border crossings with Belarus in October 2025.',
    targets: ['European Union', 'Poland', 'Lithuania', 'EU-registered trucks'],
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22500599',
        title:
          'Council of Ministers Resolution No. 599 of 31 October 2025 “On the application of special restrictive measures”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://trans.info/en/belarus-eu-truck-ban-435424',
        title: 'Belarus bans EU trucks under Resolution No. 599 (descriptive title)',
        publisher: 'Trans.INFO',
        kind: 'reporting',
      },
      {
        url: 'https://kauno.diena.lt/naujienos/pasaulis/ekonomika-ir-politika/lukasenka-uzdraude-lietuvoje-ir-lenkijoje-registruotu-sunkvezimiu-judejima-1727113',
        title: 'Lukašenka uždraudė Lietuvoje ir Lenkijoje registruotų sunkvežimių judėjimą',
        publisher: 'Kauno diena',
        kind: 'reporting',
      },
    ],
    note: 'Published on the National Legal Internet Portal on about 1 November 2025 (Zerkalo); the period 4 November 2025 – 31 December 2027 is from the resolution as reported. A transport measure, not a listing of persons or entities (hence zero).',
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
    modifies: ['by-2021-04-23-resolution-240', 'by-2021-12-06-resolution-700'],
    sources: [
      {
        url: 'https://pravo.by/document/?guid=12551&p0=C22500808',
        title:
          'Council of Ministers Resolution No. 808 of 31 December 2025 “On the application of a special restrictive measure”',
        publisher:
          'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
        kind: 'act',
      },
      {
        url: 'https://www.interfax.ru/world/1065965',
        title: 'Белоруссия продлила запрет на импорт ряда товаров из недружественных стран',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: 'Interfax says the list of goods had been expanded over time to several dozen food and non-food items, which points to the Resolution No. 700 embargo; another report quotes a resolution published on 31 December 2025 extending paragraphs 2 and 4 of Resolution No. 240 (Liqui Moly, Skoda Auto and Beiersdorf goods) to 31 December 2027. Which resolutions No. 808 extends is therefore not settled, and both are linked. The resolution was signed by Prime Minister Alexander Turchin (as reported).',
  },
];
