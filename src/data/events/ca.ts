import type { SanctionsEventInput } from '../schema';

/** Canada sanctions actions on Belarus; see DATA.md for what one record is. */
export const caEvents: SanctionsEventInput[] = [
  {
    id: 'ca-2006-12-14-area-control-list',
    date: '2006-12-14',
    actor: 'ca',
    action: 'impose',
    instrument: 'Order Amending the Area Control List (Export and Import Permits Act, s. 6)',
    instrumentType: 'export-control',
    measures: ['trade'],
    summary:
      'The Governor in Council added Belarus to the Area Control List, so that the export of any item to Belarus required an export permit. Permits for humanitarian goods were to be generally approved and permits for other items generally denied.',
    sources: [
      {
        url: 'https://www.international.gc.ca/controls-controles/systems-systemes/excol-ceed/notices-avis/148.aspx?lang=eng',
        title: 'Notice to Exporters Serial No. 148: Export Controls to Belarus (December 14, 2006)',
        publisher: 'Global Affairs Canada',
        kind: 'official',
      },
    ],
    note: 'Date is the effective date given in Notice to Exporters No. 148; the SOR number and the date of the Order in Council itself are not known. This was an export-permit control under the Export and Import Permits Act, not a Special Economic Measures Act regime (Canada had no SEMA Belarus regulations before 2020).',
  },
  {
    id: 'ca-2017-06-20-sor-2017-138',
    date: '2017-06-20',
    actor: 'ca',
    action: 'lift',
    instrument: 'Order Amending the Area Control List, SOR/2017-138 (P.C. 2017-790)',
    instrumentType: 'export-control',
    measures: ['trade'],
    summary:
      'Removed Belarus from the Area Control List, ending the export-permit requirement for items not on the Export Control List that had applied since December 2006. North Korea remained the only country on the list.',
    delisted: { persons: 0, entities: 0 },
    modifies: ['ca-2006-12-14-area-control-list'],
    sources: [
      {
        url: 'https://www.gazette.gc.ca/rp-pr/p2/2017/2017-07-12/html/sor-dors138-eng.html',
        title: 'Order Amending the Area Control List: SOR/2017-138',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://ipolitics.ca/2017/06/26/canada-removes-restrictions-on-exporting-to-belarus/',
        title: 'Canada removes restrictions on exporting to Belarus',
        publisher: 'iPolitics',
        kind: 'reporting',
      },
    ],
    note: 'The decision was announced on May 7, 2016. The Order states it comes into force on registration (June 20, 2017); iPolitics reported it as taking effect July 12, 2017, the date of publication in the Canada Gazette. The Area Control List names countries, not persons: the Order delisted no persons or entities (hence a count of zero). The Gazette page is cited without an SOR identifier because amending orders have no Justice Laws page.',
  },
  {
    id: 'ca-2020-09-28-sor-2020-214',
    date: '2020-09-28',
    actor: 'ca',
    action: 'impose',
    instrument: 'Special Economic Measures (Belarus) Regulations, SOR/2020-214 (P.C. 2020-687)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Established Canada’s Special Economic Measures Act sanctions on Belarus, citing gross and systematic human rights violations, with a dealings prohibition (asset freeze) on 11 listed individuals. Listed individuals are inadmissible to Canada.',
    targets: ['Aleksandr Lukashenko', 'Viktor Lukashenko', 'Lidia Yermoshina', 'Yuri Karaev'],
    listed: { persons: 11 },
    sources: [
      {
        url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2020-214/',
        title: 'Special Economic Measures (Belarus) Regulations (SOR/2020-214)',
        publisher: 'Justice Laws Website (Government of Canada)',
        kind: 'act',
        identifier: { scheme: 'sor', id: '2020-214' },
      },
      {
        url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2020-214/page-1.html',
        title: 'Special Economic Measures (Belarus) Regulations (SOR/2020-214), consolidated text',
        publisher: 'Justice Laws Website (Government of Canada)',
        kind: 'act',
      },
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2020/2020-10-14/html/sor-dors214-eng.html',
        title: 'Special Economic Measures (Belarus) Regulations: SOR/2020-214',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://www.international.gc.ca/world-monde/international_relations-relations_internationales/sanctions/belarus.aspx?lang=eng',
        title: 'Canadian Sanctions Related to Belarus',
        publisher: 'Global Affairs Canada',
        kind: 'official',
      },
      {
        url: 'https://belsat.eu/en/news/uk-canada-sanction-belarusian-officials-including-alyaksandr-lukashenka/',
        title: 'UK, Canada sanction Belarusian officials, including Alyaksandr Lukashenka',
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: 'Registered September 28, 2020 (P.C. 2020-687); announced September 29, 2020 in coordination with the United Kingdom. The count of 11 follows from the next amendment (SOR/2020-228), which adds items from number 12. The identifier SOR/2020-214 is cited at Justice Laws, which holds the consolidated Regulations; the Gazette page is the text as registered.',
  },
  {
    id: 'ca-2020-10-02-sor-2020-215',
    date: '2020-10-02',
    actor: 'ca',
    action: 'ease',
    instrument:
      'Special Economic Measures (Belarus) Permit Authorization Order, SOR/2020-215 (P.C. 2020-780)',
    instrumentType: 'regulation',
    measures: ['assets'],
    summary:
      'Authorized the Minister of Foreign Affairs to issue permits to persons in Canada and Canadians abroad to carry out specified activities or transactions, or classes of them, that the Special Economic Measures (Belarus) Regulations restrict or prohibit.',
    delisted: { persons: 0, entities: 0 },
    modifies: ['ca-2020-09-28-sor-2020-214'],
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2020/2020-10-14/html/sor-dors215-eng.html',
        title: 'Special Economic Measures (Belarus) Permit Authorization Order: SOR/2020-215',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
    ],
    note: 'A permit power, not a delisting: it removed no one from the schedule (hence a count of zero). Cited at the Canada Gazette without an identifier, as no Justice Laws page for SOR/2020-215 is known.',
  },
  {
    id: 'ca-2020-10-14-sor-2020-228',
    date: '2020-10-14',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2020-228 (P.C. 2020-806)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary: 'Added 31 Belarusian officials (items 12 to 42) to the schedule of listed persons.',
    targets: ['Valery Vakulchik'],
    listed: { persons: 31 },
    sources: [
      {
        url: 'https://gazetteducanada.gc.ca/rp-pr/p2/2020/2020-10-28/html/sor-dors228-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2020-228',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://financialpost.com/pmn/business-pmn/canada-imposes-additional-sanctions-on-belarusian-officials-statement',
        title: 'Canada imposes additional sanctions on Belarusian officials - statement (Reuters)',
        publisher: 'Financial Post',
        kind: 'reporting',
      },
    ],
    note: 'Registered October 14, 2020 (P.C. 2020-806); announced October 15, 2020, in coordination with the United States and the European Union. The Gazette text adds items 12 to 42 (31 persons) to the schedule.',
  },
  {
    id: 'ca-2020-11-05-sor-2020-241',
    date: '2020-11-05',
    actor: 'ca',
    action: 'expand',
    instrument: 'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2020-241',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Listed 13 more Belarusian officials (items 43 to 55 of the schedule), among them the head of the Presidential Administration Igor Sergeenko, the KGB chairman Ivan Tertel, the presidential press secretary Natalya Eismont and the Constitutional Court chairman Petr Miklashevich, in coordination with the European Union.',
    targets: ['Igor Sergeenko', 'Ivan Tertel', 'Natalya Eismont', 'Petr Miklashevich'],
    listed: { persons: 13 },
    sources: [
      {
        url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2020-214/',
        title:
          'Special Economic Measures (Belarus) Regulations (SOR/2020-214), consolidated: Schedule 1, Part 1, items 43 to 55 (SOR/2020-241, s. 1)',
        publisher: 'Justice Laws Website (Government of Canada)',
        kind: 'act',
      },
      {
        url: 'https://nationalpost.com/pmn/news-pmn/crime-pmn/canada-eu-impose-additional-sanctions-against-13-belarus-government-officials',
        title: 'Canada, EU impose additional sanctions against 13 Belarus government officials (Reuters)',
        publisher: 'National Post',
        kind: 'reporting',
      },
    ],
    note: 'The consolidated Regulations give 5 November 2020 as the day items 43 to 55 came into force and name SOR/2020-241 as the amending act; Reuters reported the announcement by Foreign Minister François-Philippe Champagne on 6 November 2020. The record rests on the consolidated Regulations; the Canada Gazette text of SOR/2020-241 is not among its sources.',
  },
  {
    id: 'ca-2021-06-17-sor-2021-154',
    date: '2021-06-17',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2021-154 (P.C. 2021-610)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'After the May 23, 2021 diversion of Ryanair Flight 4978 to Minsk, listed 17 individuals (items 56 to 72 of Part 1 of Schedule 1) and, in a new Part 2, the first 5 entities Canada listed under the Belarus regulations: the air navigation service Belaeronavigatsia, BelAZ, Bremino Group, the New Oil Company and MAZ. Taken in coordination with the United States, the United Kingdom and the European Union.',
    targets: [
      'Belaeronavigatsia',
      'BelAZ',
      'Bremino Group',
      'New Oil Company',
      'MAZ',
      'Aleksey Oleksin',
      'Andrey Shved',
      'Igor Lutsky',
    ],
    listed: { persons: 17, entities: 5 },
    sources: [
      {
        url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2020-214/',
        title:
          'Special Economic Measures (Belarus) Regulations (SOR/2020-214), consolidated: Schedule 1, Part 1, items 56 to 72, and Part 2, items 1 to 5 (SOR/2021-154, ss. 1 and 2)',
        publisher: 'Justice Laws Website (Government of Canada)',
        kind: 'act',
      },
      {
        url: 'https://globalnews.ca/news/7968144/belarus-new-sanctions-canada/',
        title: 'Canada announces new sanctions against Belarusian officials and entities',
        publisher: 'Global News',
        kind: 'reporting',
      },
    ],
    note: 'Registered June 17, 2021 (P.C. 2021-610 of the same day; Canada Gazette, Part II, Volume 155, Number 14) and in force on registration; announced June 21, 2021, the day of the coordinated action. The schedule was then divided into Part 1 (individuals) and Part 2 (entities).',
  },
  {
    id: 'ca-2021-08-06-sor-2021-184',
    date: '2021-08-06',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2021-184 (P.C. 2021-826)',
    instrumentType: 'regulation',
    measures: ['finance', 'trade'],
    summary:
      'Added sectoral measures: bans on dealing in transferable securities and money-market instruments issued by Belarus, Belarusbank, Belinvestbank, Belagroprombank or other state-controlled organizations, on debt of over 90 days’ maturity, and on insurance and reinsurance for them, plus restrictions on Belarusian petroleum and potassium chloride products.',
    targets: ['Belarusbank', 'Belinvestbank', 'Belagroprombank', 'petroleum products', 'potash'],
    sources: [
      {
        url: 'https://canadagazette.gc.ca/rp-pr/p2/2021/2021-08-18/html/sor-dors184-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2021-184',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://www.canada.ca/en/global-affairs/news/2021/08/backgrounder-sanctions-related-to-belarus.html',
        title: 'Backgrounder: Sanctions related to Belarus (Global Affairs Canada)',
        publisher: 'Government of Canada',
        kind: 'official',
      },
    ],
    note: 'Registered August 6, 2021 (P.C. 2021-826); announced August 9, 2021 (first anniversary of the 2020 election) with the US and UK. This amendment listed no one; Reuters, citing the minister, put the total listed to date at 72 Belarusian officials and 5 entities.',
  },
  {
    id: 'ca-2021-12-02-sor-2021-236',
    date: '2021-12-02',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2021-236 (P.C. 2021-993)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Listed 24 individuals and 7 entities, including the state tourism company Tsentrkurort over the migration crisis at the EU border, and amended exceptions to the dealings prohibition; taken in coordination with the United States, the United Kingdom and the European Union.',
    targets: ['Tsentrkurort'],
    listed: { persons: 24, entities: 7 },
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2021/2021-12-22/html/sor-dors236-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2021-236',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://www.theglobeandmail.com/politics/article-canada-sanctions-belarus-over-migrant-crisis-in-concert-with-western/',
        title: 'Canada sanctions Belarus over migrant crisis in concert with Western allies',
        publisher: 'The Globe and Mail',
        kind: 'reporting',
      },
      {
        url: 'https://amp.cbc.ca/lite/story/1.6271114',
        title: 'Canada slaps new sanctions on officials over human rights violations in Belarus',
        publisher: 'CBC News',
        kind: 'reporting',
      },
    ],
    note: 'Order in Council P.C. 2021-993 made December 1, 2021; registered and in force December 2, 2021, the day of the announcement. CBC reported 96 Belarusian officials and 12 entities sanctioned in total; no official total is known.',
  },
  {
    id: 'ca-2022-03-02-sor-2022-35',
    date: '2022-03-02',
    actor: 'ca',
    action: 'impose',
    instrument: 'Most-Favoured-Nation Tariff Withdrawal Order (2022-1), SOR/2022-35 (P.C. 2022-182)',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Withdrew Most-Favoured-Nation tariff treatment from goods originating in Belarus and Russia, so the General Tariff of 35 per cent applies to virtually all such imports.',
    sources: [
      {
        url: 'https://canadagazette.gc.ca/rp-pr/p2/2022/2022-03-16/html/sor-dors35-eng.html',
        title: 'Most-Favoured-Nation Tariff Withdrawal Order (2022-1): SOR/2022-35',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
    ],
    note: 'Taken under section 31 of the Customs Tariff; goods in transit on or before March 2, 2022 were exempt. According to the Finance Canada release, the measure applied for 180 days unless extended by Parliament.',
  },
  {
    id: 'ca-2022-03-08-sor-2022-49',
    date: '2022-03-08',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2022-49 (P.C. 2022-249)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel', 'finance'],
    summary:
      'Over Belarus’s support for Russia’s invasion of Ukraine, added a listing criterion for supporting violations of Ukraine’s sovereignty, created Part 1.1 of Schedule 1, and listed 19 individuals and 25 entities in the finance, potash, energy, tobacco and defence sectors.',
    listed: { persons: 19, entities: 25 },
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2022/2022-03-30/html/sor-dors49-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2022-49',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/canada-imposes-additional-sanctions-on-belarus-designates-19-individuals-and-25-entities/',
        title: 'Canada Imposes Additional Sanctions on Belarus; Designates 19 Individuals and 25 Entities',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
  },
  {
    id: 'ca-2022-03-16-sor-2022-58',
    date: '2022-03-16',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2022-58 (P.C. 2022-255)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Listed 22 senior officials of Belarus’s defence establishment in Part 1.1 of Schedule 1 for allowing Belarus to serve as a launch point for the Russian invasion of Ukraine.',
    listed: { persons: 22 },
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2022/2022-03-30/html/sor-dors58-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2022-58',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://globalnews.ca/news/8689758/canada-sanctions-22-belarusian-officials-russian-invasion',
        title: 'Canada sanctions 22 Belarusian officials over Russian invasion',
        publisher: 'Global News',
        kind: 'reporting',
      },
    ],
    note: 'Registered March 16, 2022; announced March 17, 2022. Transport Canada closed Canadian airspace to aircraft owned or operated by Belarusian citizens on March 16, 2022 by NOTAM (not recorded separately).',
  },
  {
    id: 'ca-2022-04-05-sor-2022-75',
    date: '2022-04-05',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2022-75 (P.C. 2022-336)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel', 'trade', 'finance'],
    summary:
      'Listed 9 individuals in Part 1.1 of Schedule 1, banned insurance and reinsurance for persons in Belarus relating to aircraft and spacecraft goods (HS Chapter 88), and banned exports to Belarus of goods and technology on the Restricted Goods and Technologies List.',
    listed: { persons: 9 },
    sources: [
      {
        url: 'https://www.canadagazette.gc.ca/rp-pr/p2/2022/2022-04-27/html/sor-dors75-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2022-75',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://www.mccarthy.ca/en/insights/blogs/terms-trade/canada-takes-aim-close-associates-russian-and-belarusian-governments-and-indicates-further-sanctions-coming-response-bucha-massacre',
        title: 'Canada takes aim at “close associates” of the Russian and Belarusian governments',
        publisher: 'McCarthy Tétrault',
        kind: 'analysis',
      },
    ],
    note: 'The 9 persons are items 42 to 50 of Part 1.1 of Schedule 1 (from Aleksandr Shakutin and Vladimir Peftiev to Andrey Zhuk), in force April 5, 2022 according to the consolidated Regulations; a law-firm bulletin describes six of them as oligarchs and three as deputy defence ministers.',
  },
  {
    id: 'ca-2022-06-25-sor-2022-167',
    date: '2022-06-25',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2022-167 (P.C. 2022-839)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel', 'trade'],
    summary:
      'Listed 13 senior Ministry of Defence officials and 2 military entities, banned imports from and exports to Belarus of luxury goods in a new Schedule 4, and banned exports of goods in new Schedules 3 and 5, including items usable in weapons manufacturing.',
    targets: ['luxury goods'],
    listed: { persons: 13, entities: 2 },
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2022/2022-07-06/html/sor-dors167-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2022-167',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/canada-introduces-additional-sanctions-with-respect-to-russia-ukraine-and-belarus',
        title: 'Canada Introduces Additional Sanctions with Respect to Russia, Ukraine and Belarus',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
    note: 'The Gazette gives registration on June 25, 2022; Baker McKenzie dates the amendments June 27, 2022. The luxury-goods ban took effect 60 days after the amendments.',
  },
  {
    id: 'ca-2022-10-07-sor-2022-209',
    date: '2022-10-07',
    actor: 'ca',
    action: 'renew',
    instrument: 'Most-Favoured-Nation Tariff Withdrawal Order (2022-2), SOR/2022-209 (P.C. 2022-1089)',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Withdrew Most-Favoured-Nation tariff treatment again from goods originating in Belarus and Russia, exempting goods of tariff item No. 2844.43.00.',
    modifies: ['ca-2022-03-02-sor-2022-35'],
    sources: [
      {
        url: 'https://www.gazette.gc.ca/rp-pr/p2/2022/2022-10-26/html/sor-dors209-eng.html',
        title: 'Most-Favoured-Nation Tariff Withdrawal Order (2022-2): SOR/2022-209',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
    ],
    note: 'The Order first restores and then withdraws the Most-Favoured-Nation benefit, with one tariff item exempt. Canada’s 2023 budget proposed extending the withdrawal indefinitely; whether that amendment was made is not confirmed.',
  },
  {
    id: 'ca-2022-11-17-sor-2022-240',
    date: '2022-11-17',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2022-240 (P.C. 2022-1213)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Listed 22 individuals (items 64 to 85 of Part 1.1 of Schedule 1), including persons involved in stationing and transporting Russian military personnel and equipment, and 16 entities (items 40 to 55 of Part 2) in military manufacturing, technology, engineering, banking and rail, among them the Minsk Wheel Tractor Plant (Volat), the Development Bank, Alfa-Bank (Belarus), MTBank, Paritetbank, Belarusky Narodny Bank and the Belarusian Railway.',
    targets: [
      'Development Bank of the Republic of Belarus',
      'MZKT',
      'Alfa-Bank (Belarus)',
      'MTBank',
      'Paritetbank',
      'Belarusky Narodny Bank',
      'Belarusian Railways',
      'Natallia Kachanava',
      'Precise Electro-Mechanics Plant',
    ],
    listed: { persons: 22, entities: 16 },
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2022/2022-12-07/html/sor-dors240-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2022-240',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/canada-imposes-additional-sanctions-on-belarusian-regime-22-individuals-and-16-entities-targeted/',
        title:
          'Canada Imposes Additional Sanctions on Belarusian Regime; 22 Individuals and 16 Entities Targeted',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
      {
        url: 'https://globalnews.ca/news/9296649/canada-sanctions-belarus-nov-22',
        title: 'Canada announces new sanctions on Belarus',
        publisher: 'Global News',
        kind: 'reporting',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/85252/',
        title: 'Canada imposes sanctions on Belarusian banks, enterprises',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: 'Registered November 17, 2022 (P.C. 2022-1213); announced November 22, 2022. Interfax, citing the Canadian foreign ministry, reported 181 Belarusian citizens and 55 Belarusian enterprises and entities under Canadian sanctions after this action, and named the National Bank of Belarus among the new listings; the Regulations as amended list no National Bank among these 16 entities (it was added on April 5, 2023, ca-2023-04-05-listings-banks-9). Baker McKenzie reports over 150 parties listed. Neither total is official, so neither is recorded as inForce.',
  },
  {
    id: 'ca-2023-04-05-listings-banks-9',
    date: '2023-04-05',
    actor: 'ca',
    action: 'expand',
    instrument: 'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2023-71',
    instrumentType: 'regulation',
    measures: ['assets', 'finance'],
    summary:
      'Listed 9 entities, all banks in Belarus, Russian- and Belarusian-owned (items 56 to 64 of Part 2 of Schedule 1): Priorbank, Belvnesheconombank, BPS-Sberbank, VTB Bank (Belarus), Belgazprombank, Statusbank, Belarusbank, the National Bank of the Republic of Belarus and Belagroprombank. It also modified the prohibitions in sections 3.1 and 3.2 for legal clarity.',
    targets: [
      'Priorbank',
      'Belvnesheconombank',
      'BPS-Sberbank',
      'VTB Bank (Belarus)',
      'Belgazprombank',
      'Statusbank',
      'Belarusbank',
      'National Bank of the Republic of Belarus',
      'Belagroprombank',
    ],
    listed: { entities: 9 },
    sources: [
      {
        url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2020-214/',
        title:
          'Special Economic Measures (Belarus) Regulations (SOR/2020-214), consolidated: Schedule 1, Part 2, items 56 to 64 (SOR/2023-71, s. 3)',
        publisher: 'Justice Laws Website (Government of Canada)',
        kind: 'act',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/canada-imposes-additional-sanctions-on-belarusian-regime-9-entities-targeted/',
        title: 'Canada Imposes Additional Sanctions on Belarusian Regime; 9 Entities Targeted',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
    note: 'The consolidated Regulations give April 5, 2023 as the day items 56 to 64 came into force and name SOR/2023-71 as the amending act; the announcement followed on April 11, 2023. Reports of the November 2022 action (Interfax) named the National Bank of Belarus among the entities then listed; in the consolidated Regulations it appears only here, as item 63 of Part 2, in force April 5, 2023. Baker McKenzie reports over 150 parties listed under Schedule 1 after this action (not an official total). The record rests on the consolidated Regulations; the Canada Gazette text of SOR/2023-71 is not among its sources.',
  },
  {
    id: 'ca-2023-08-04-sor-2023-178',
    date: '2023-08-04',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2023-178 (P.C. 2023-791)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Listed 9 individuals, including the head of Belarusian state television Ivan Eismant, and 7 entities, including the Ministry of Defence, the Internal Troops and military manufacturing and technology companies.',
    targets: [
      'Ivan Eismant',
      'Ministry of Defence of Belarus',
      'Internal Troops of the Ministry of Internal Affairs',
    ],
    listed: { persons: 9, entities: 7 },
    sources: [
      {
        url: 'https://gazetteducanada.gc.ca/rp-pr/p2/2023/2023-08-16/html/sor-dors178-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2023-178',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://globalnews.ca/news/9886023/belarus-canada-sanctions-election/amp',
        title: 'Canada sanctions 9 individuals, 7 entities on anniversary of Belarus election',
        publisher: 'Global News',
        kind: 'reporting',
      },
      {
        url: 'https://kyivindependent.com/canada-slaps-new-sanctions-against-belarus-on-three-year-anniversary-of-2020-election',
        title: 'Canada slaps new sanctions against Belarus on three-year anniversary of 2020 election',
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
    ],
    note: 'Registered August 4, 2023; announced August 9, 2023. The Gazette text adds 2 persons to Part 1 and 7 to Part 1.1 of Schedule 1 (9 in all).',
  },
  {
    id: 'ca-2024-04-12-sor-2024-60',
    date: '2024-04-12',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2024-60 (P.C. 2024-286)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Listed 21 individuals (items 99 to 119 of Part 1 of Schedule 1), including members of the security forces, judges and prosecutors, for human rights violations.',
    listed: { persons: 21 },
    sources: [
      {
        url: 'https://canadagazette.gc.ca/rp-pr/p2/2024/2024-04-24/html/sor-dors60-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2024-60',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
    ],
  },
  {
    id: 'ca-2024-08-08-sor-2024-167',
    date: '2024-08-08',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2024-167 (P.C. 2024-930)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Listed 10 individuals, including Nikolai Lukashenko, judges and coordinators of military production with Russia, and 6 entities, including defence-industry enterprises and Gomselmash.',
    targets: ['Nikolai Lukashenko', 'Gomselmash', 'Planar', 'Minsk Electrotechnical Plant'],
    listed: { persons: 10, entities: 6 },
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2024/2024-08-28/html/sor-dors167-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2024-167',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://www.pravda.com.ua/eng/news/2024/08/9/7469728/',
        title: 'Canada announces new sanctions against Lukashenko regime',
        publisher: 'Ukrainska Pravda',
        kind: 'reporting',
      },
    ],
    note: 'Registered August 8, 2024 (P.C. 2024-930); announced August 9, 2024, in coordination with the EU, UK and US. The Gazette text adds items from 120 (Nikolai Lukashenko) to Part 1 of Schedule 1.',
  },
  {
    id: 'ca-2025-01-24-sor-2025-3',
    date: '2025-01-24',
    actor: 'ca',
    action: 'expand',
    instrument:
      'Regulations Amending the Special Economic Measures (Belarus) Regulations, SOR/2025-3 (P.C. 2025-26)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'Registered two days before the January 26, 2025 presidential election and announced the day after it, in response to the election and to ongoing human rights violations. Listed 10 individuals and 12 entities: three state organizations involved in repression and nine military-industrial enterprises supplying equipment to Russia, along with some of their senior officials.',
    targets: ['Galina Lukashenko'],
    listed: { persons: 10, entities: 12 },
    sources: [
      {
        url: 'https://gazette.gc.ca/rp-pr/p2/2025/2025-02-12/html/sor-dors3-eng.html',
        title: 'Regulations Amending the Special Economic Measures (Belarus) Regulations: SOR/2025-3',
        publisher: 'Canada Gazette',
        kind: 'act',
      },
      {
        url: 'https://www.canada.ca/en/global-affairs/news/2025/01/minister-joly-announces-new-sanctions-in-response-to-fraudulent-presidential-election-and-ongoing-human-rights-violations-in-belarus.html',
        title:
          'Minister Joly announces new sanctions in response to fraudulent presidential election and ongoing human rights violations in Belarus (Global Affairs Canada)',
        publisher: 'Government of Canada',
        kind: 'official',
      },
    ],
    note: 'Registered January 24, 2025; announced January 27, 2025, in coordination with the United Kingdom.',
  },
];
