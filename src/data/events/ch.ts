import type { SanctionsEventInput } from '../schema';

/** Switzerland sanctions actions; see DATA.md for what one record is. */
export const chEvents: SanctionsEventInput[] = [
  {
    id: 'ch-2006-06-28-ordinance',
    date: '2006-06-28',
    actor: 'ch',
    action: 'impose',
    instrument: 'Ordinance on Measures against Belarus of 28 June 2006 (SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel'],
    summary:
      'The Federal Council adopted sanctions against Belarus over the conduct of the presidential election of 19 March 2006, following the EU sanctions of 18 May 2006. The ordinance froze the funds and economic resources of 36 members of the Belarusian government and political institutions and barred 37 persons from entering or transiting Switzerland.',
    targets: ['Alexander Lukashenko'],
    listed: { persons: 36 },
    sources: [
      {
        url: 'https://www.seco.admin.ch/seco/en/home/seco/nsb-news.msg-id-5885.html',
        title: 'Sanction measures against Belarus',
        publisher: 'State Secretariat for Economic Affairs (SECO)',
        kind: 'official',
      },
      {
        url: 'https://www.seco.admin.ch/seco/de/home/seco/nsb-news.msg-id-5885.html',
        title: 'Sanktionsmassnahmen gegenüber Belarus',
        publisher: 'State Secretariat for Economic Affairs (SECO)',
        kind: 'official',
      },
      {
        url: 'https://www.seco.admin.ch/seco/fr/home/Aussenwirtschaftspolitik_Wirtschaftliche_Zusammenarbeit/Wirtschaftsbeziehungen/exportkontrollen-und-sanktionen/sanktionen-embargos/sanktionsmassnahmen/massnahmen-gegenueber-belarus.html',
        title: 'Mesures à l’encontre du Bélarus',
        publisher: 'State Secretariat for Economic Affairs (SECO)',
        kind: 'official',
      },
    ],
    note: 'In force 29 June 2006. The count is the asset-freeze list (Annex 1, 36 persons); the entry and transit ban list (Annex 2) named 37 persons. Lukashenko is named as listed in Annex 1 by the EAER release of 23 November 2006. The Official Compilation (AS) reference of the ordinance is not given here.',
  },
  {
    id: 'ch-2006-11-23-annex-4',
    date: '2006-11-23',
    actor: 'ch',
    action: 'expand',
    instrument:
      'Amendment of Annexes 1 and 2 to the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'The Federal Department of Economic Affairs added two Belarusian prosecutors and two judges, held co-responsible for the crackdown on the democratic opposition, to the asset-freeze and entry-ban annexes, following recent EU measures.',
    listed: { persons: 4 },
    sources: [
      {
        url: 'https://www.admin.ch/gov/fr/start/dokumentation/medienmitteilungen.msg-id-8481.html',
        title: 'Modification des annexes de l’ordonnance instituant des mesures à l’encontre du Bélarus',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
      {
        url: 'https://www.news.admin.ch/message/index.html?lang=de&msg-id=8481',
        title: 'Änderung der Anhänge der Verordnung über Massnahmen gegenüber Belarus',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
    ],
    note: 'In force 24 November 2006. The release says Annex 1 had listed 36 persons and Annex 2 37 persons before this amendment, and that no frozen assets had been reported to SECO.',
  },
  {
    id: 'ch-2016-02-29-lift',
    date: '2016-02-29',
    actor: 'ch',
    action: 'lift',
    instrument: 'Amendment of the annex to the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'Switzerland implemented the EU decision of 15 February 2016 and ended the travel bans and asset freezes on 170 Belarusians, including President Lukashenko, and three companies. Four persons linked to the disappearances of 1999 and 2000 remained listed.',
    targets: ['Alexander Lukashenko'],
    delisted: { persons: 170, entities: 3 },
    unnamed: 'The amended annex of the Swiss ordinance names the 3 companies, but its text is not available.',
    modifies: ['ch-2006-06-28-ordinance', 'ch-2006-11-23-annex-4'],
    sources: [
      {
        url: 'https://tageswoche.ch/allgemein/schweiz-hebt-strafmassnahmen-gegen-weissrussland-auf/index.html',
        title: 'Schweiz hebt Strafmassnahmen gegen Weissrussland auf (SDA)',
        publisher: 'TagesWoche',
        kind: 'reporting',
      },
      {
        url: 'https://www.watson.ch/925370032-eu-weissrussland-eu-laesst-sanktionen-gegen-lukaschenko-regime-auslaufen',
        title: 'EU lässt Sanktionen gegen Lukaschenko-Regime auslaufen (SDA/dpa/Reuters)',
        publisher: 'watson',
        kind: 'reporting',
      },
      {
        url: 'https://www.swissinfo.ch/eng/swiss-politics/swiss-target-belarusian-judges-prosecutors/32583854',
        title: 'Swiss target Belarusian judges, prosecutors',
        publisher: 'swissinfo.ch (SWI, Swiss Broadcasting Corporation)',
        kind: 'reporting',
      },
    ],
    note: 'Date from the SDA report of Tuesday 1 March 2016 (TagesWoche): Switzerland implemented the EU decision of 15 February "on Monday" (29 February) and the lifting took effect on Tuesday 1 March, as SECO announced that day; four persons linked to the disappearances of 1999 and 2000 remained listed. The same report says the travel bans and asset freezes had been provisionally suspended the previous October, after the presidential election and the release of political prisoners; that Swiss suspension is not a separate record because its date is not known. The persons delisted include those added in 2011 and 2012: swissinfo reported in 2012 (date not shown) that SECO had added 68 persons, mostly judges and prosecutors, and extended the measures to 32 companies instead of 4 (most linked to Vladimir Peftiev), in line with the EU listings of February and March 2012, bringing the Swiss list to 243 persons; those 2011–2012 Swiss amendments are not separate records because their dates are not known.',
    noOfficialText:
      'The SECO announcement of 1 March 2016 and the amended annex of the ordinance are not available; this record follows the Swiss news agency SDA’s report.',
  },
  {
    id: 'ch-2020-10-12-listings-40',
    date: '2020-10-12',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the annex to the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'After the August 2020 presidential election, the EAER added 40 persons to the Belarus sanctions list, following the EU sanctions of 2 October 2020. They are subject to an asset freeze and an entry and transit ban.',
    targets: ['Yuri Karayev'],
    listed: { persons: 40 },
    sources: [
      {
        url: 'https://admin.ch/gov/en/start/documentation/media-releases/media-releases-federal-council.msg-id-81590.html',
        title: 'Belarus: Federal Council extends scope of sanctions',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
      {
        url: 'https://www.swissinfo.ch/eng/business/switzerland-joins-eu-in-sanctions-against-top-belarus-officials/46094856',
        title: 'Switzerland joins EU in sanctions against top Belarus officials',
        publisher: 'swissinfo.ch (SWI, Swiss Broadcasting Corporation)',
        kind: 'reporting',
      },
    ],
    note: 'The Federal Council release of 11 December 2020 dates the EAER decision 12 October 2020; swissinfo reports SECO announced it on Tuesday 13 October with entry into force at 18:00 on 13 October. swissinfo also reports the list had last been updated in 2016.',
  },
  {
    id: 'ch-2020-12-11-lukashenko-arms',
    date: '2020-12-11',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel', 'arms'],
    summary:
      'The Federal Council added 15 persons, including Alexander Lukashenko and his son Viktor, to Annex 1 of the ordinance, in line with the EU decisions of 6 November 2020. It also wrote into the ordinance an embargo on armaments and goods that may be used for internal repression, which the EU had imposed in 2011.',
    targets: ['Alexander Lukashenko', 'Viktor Lukashenko'],
    listed: { persons: 15 },
    sources: [
      {
        url: 'https://admin.ch/gov/en/start/documentation/media-releases/media-releases-federal-council.msg-id-81590.html',
        title: 'Belarus: Federal Council extends scope of sanctions',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
      {
        url: 'https://www.seco.admin.ch/seco/de/home/seco/nsb-news.msg-id-81590.html',
        title: 'Belarus: Bundesrat weitet Sanktionen aus',
        publisher: 'State Secretariat for Economic Affairs (SECO)',
        kind: 'official',
      },
    ],
    note: 'In force 11 December 2020 at 18:00. The release says Switzerland had until then largely implemented the EU arms embargo through its war materiel and goods control legislation.',
  },
  {
    id: 'ch-2021-07-07-listings-78',
    date: '2021-07-07',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the annex to the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'Switzerland added 78 persons and 7 entities to its Belarus sanctions list, following the EU listings of 21 June 2021 after the forced landing of a Ryanair flight in Minsk. Those listed include Lukashenko’s son Dmitry and daughter-in-law Liliya Lukashenka.',
    targets: ['Dmitry Lukashenko', 'Liliya Lukashenka'],
    listed: { persons: 78, entities: 7 },
    unnamed: 'The amended annex of the Swiss ordinance names the 7 entities, but its text is not available.',
    sources: [
      {
        url: 'https://www.20min.ch/fr/story/la-suisse-complete-les-sanctions-envers-la-bielorussie-621849108363',
        title: 'La Suisse complète les sanctions contre la Biélorussie',
        publisher: '20 Minuten / 20 minutes',
        kind: 'reporting',
      },
      {
        url: 'https://www.watson.ch/international/schweiz/655862946-lukaschenkos-sohn-auf-erweiterter-schweizer-belarus-sanktionenliste',
        title: 'Lukaschenkos Sohn auf erweiterter Schweizer Belarus-Sanktionenliste (SDA)',
        publisher: 'watson',
        kind: 'reporting',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/switzerland-announces-additional-belarus-sanctions/',
        title: 'Switzerland announces additional Belarus sanctions',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
    note: 'In force 7 July 2021 at 18:00 (SECO announcement of Wednesday 7 July). 20 Minutes (French edition) says the EAER amended the list "ce mardi" (6 July), which would be the decision date; the record keeps 7 July, the announcement and entry-into-force date. Unlike the EU, Switzerland did not then adopt the EU sectoral measures of June 2021 (adopted on 11 August 2021).',
    noOfficialText:
      'The SECO announcement of 7 July 2021 and the amended annex of the ordinance are not available; this record follows Swiss news agency reports.',
  },
  {
    id: 'ch-2021-08-11-total-revision',
    date: '2021-08-11',
    actor: 'ch',
    action: 'impose',
    instrument: 'Ordinance on Measures against Belarus of 11 August 2021 (total revision, SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance', 'assets'],
    summary:
      'The Federal Council revised the ordinance in full to follow the EU decisions of June 2021. It banned goods for monitoring or intercepting internet and telephone communications, restricted trade in dual-use goods, petroleum products, potash and goods for tobacco production, restricted financial instruments, loans and insurance for the Belarusian government and public bodies, and froze the assets of Belaeronavigatsia.',
    targets: ['Belaeronavigatsia', 'potash', 'petroleum products', 'tobacco'],
    listed: { entities: 1 },
    sources: [
      {
        url: 'https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-84678.html',
        title: 'Belarus: Federal Council tightens sanctions',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
      {
        url: 'https://www.admin.ch/gov/fr/accueil/documentation/communiques/communiques-conseil-federal.msg-id-84678.html',
        title: 'Le Conseil fédéral renforce les sanctions à l’encontre du Bélarus',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
    ],
    note: 'In force 11 August 2021 at 18:00. The one entity counted is Belaeronavigatsia, which the release names as newly subject to the financial sanctions.',
  },
  {
    id: 'ch-2021-12-17-listings-migration',
    date: '2021-12-17',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of Annex 1 to the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'Switzerland adopted the EU listings of 2 December 2021 over the instrumentalisation of migration and repression, adding 17 persons, among them border guard commanders, and entities including Belavia, Tsentrkurort, Oskartour, the Planeta and Minsk hotels, Grodno Azot, Belorusneft, Belshina and Cham Wings.',
    targets: ['Belavia', 'Grodno Azot', 'Belorusneft', 'Belshina', 'Cham Wings', 'Anatoli Lappo'],
    listed: { persons: 17, entities: 11 },
    sources: [
      {
        url: 'https://ua.korrespondent.net/amp/4429422-shveitsariia-zaprovadyla-novi-sanktsii-proty-bilorusi',
        title: 'Швейцарія запровадила нові санкції проти Білорусі (quoting the SECO release)',
        publisher: 'Korrespondent.net',
        kind: 'reporting',
      },
      {
        url: 'https://redakcja.belsat.cloud/en/news/20-12-2021-switzerland-aligns-with-eu-s-recent-sanctions-slapped-on-lukashenka-regime',
        title: 'Switzerland aligns with EU’s recent sanctions slapped on Lukashenka regime',
        publisher: 'Belsat (belsat.cloud)',
        kind: 'reporting',
      },
    ],
    note: 'Korrespondent.net quotes the SECO release: the EAER amended Annexes 7 and 8 of the ordinance on 17 December 2021 and added 17 natural persons and 11 companies and organisations to Annex 7, in force 20 December 2021 at 18:00. Some other reports of the same release said 9 organisations while naming 11; the count here follows the quoted release.',
    noOfficialText:
      'The SECO announcement and the amended Annex 7 of the ordinance are not available; this record follows a report that quotes the SECO release.',
  },
  {
    id: 'ch-2022-03-16-total-revision',
    date: '2022-03-16',
    actor: 'ch',
    action: 'expand',
    instrument: 'Ordinance on Measures against Belarus of 16 March 2022 (total revision, SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance', 'assets'],
    summary:
      'Citing Belarus’s involvement in Russia’s war against Ukraine, the Federal Council adopted in full the EU measures of 2 and 9 March 2022 by a total revision of the ordinance. It banned all exports of dual-use goods and of goods that could enhance Belarus’s military and technology, extended import bans to wood, rubber, iron and steel and cement, banned transactions with the National Bank and excluded listed banks from SWIFT.',
    targets: ['National Bank of the Republic of Belarus'],
    sources: [
      {
        url: 'https://www.seco.admin.ch/seco/en/home/seco/nsb-news.msg-id-87614.html',
        title: 'Ukraine: Federal Council tightens sanctions against Belarus',
        publisher: 'State Secretariat for Economic Affairs (SECO)',
        kind: 'official',
      },
      {
        url: 'https://www.seco.admin.ch/seco/de/home/seco/nsb-news.msg-id-87614.html',
        title: 'Ukraine: Bundesrat verschärft Sanktionen gegen Belarus',
        publisher: 'State Secretariat for Economic Affairs (SECO)',
        kind: 'official',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/situation-in-ukraine-switzerland-tightens-sanctions-against-belarus-and-russia/',
        title: 'Situation in Ukraine: Switzerland tightens sanctions against Belarus and Russia',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
    uncounted:
      'Baker McKenzie reports that the revision also expanded the list of designated persons, but how many were added is not known.',
    note: 'In force 16 March 2022 at noon. The Official Compilation (AS) reference of the revised ordinance is not given here.',
  },
  {
    id: 'ch-2022-04-27-fifth-package',
    date: '2022-04-27',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'The Federal Council amended the Belarus ordinance, together with the Ukraine ordinance on Russia, to implement the EU measures of 8 April 2022, as decided on 13 April. The EU road-transport ban was not adopted, as the Federal Council considered it unnecessary for Switzerland.',
    sources: [
      {
        url: 'https://www.ethics-compliance.ch/adoption-of-further-sanctions-against-russia-and-belarus/',
        title: 'Adoption of further sanctions against Russia and Belarus',
        publisher: 'Ethics & Compliance Switzerland',
        kind: 'analysis',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/category/sanctioned-targets/sanctions-against-belarus/page/3/',
        title: 'Sanctions against Belarus (category page)',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
    uncounted: 'The amendment concerned goods measures; whether anyone was added to the list is not known.',
    noOfficialText:
      'The Federal Council release and the amending ordinance are not available; this record follows a compliance association’s summary and a law firm’s notes.',
    note: 'In force 27 April 2022 at 18:00. The Belarus-specific content of this amendment is not known in detail, so measures are given as trade only.',
  },
  {
    id: 'ch-2023-08-15-listings',
    date: '2023-08-15',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of Annex 1 to the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'The EAER added 38 persons and 3 entities to the Belarus sanctions list, following the EU measures of 3 August 2023.',
    listed: { persons: 38, entities: 3 },
    unnamed:
      'The amended annex of the Swiss ordinance names the 3 organisations, but its text is not available.',
    sources: [
      {
        url: 'https://www.eda.admin.ch/europa/de/home/aktuell/medienmitteilungen.html/content/europa/de/meta/news/2023/8/30/97566',
        title:
          'Ukraine: Die Schweiz setzt neue Sanktionsmassnahmen gegen Belarus um (Medienmitteilung, 30.08.2023)',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
    ],
    note: 'Known from the Federal Council release of 30 August 2023, which says the EAER imposed sanctions on 38 persons and 3 organisations on 15 August 2023; no separate release of 15 August is known.',
  },
  {
    id: 'ch-2023-08-30-aviation',
    date: '2023-08-30',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'The Federal Council adopted the remaining EU measures of 3 August 2023: an export ban on goods and technology for the aviation and space industry, a longer list of goods that contribute to Belarus’s military and technological enhancement (including semiconductors and integrated circuits), and alignment of the dual-use export bans with those applied to Russia.',
    targets: ['aviation and space goods', 'semiconductors'],
    listed: { persons: 0, entities: 0 },
    sources: [
      {
        url: 'https://www.eda.admin.ch/europa/de/home/aktuell/medienmitteilungen.html/content/europa/de/meta/news/2023/8/30/97566',
        title:
          'Ukraine: Die Schweiz setzt neue Sanktionsmassnahmen gegen Belarus um (Medienmitteilung, 30.08.2023)',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
      {
        url: 'https://nashaniva.com/?c=amp&i=325428&lang=ru',
        title: 'Швейцария ввела санкции против авиационной и космической отрасли Беларуси',
        publisher: 'Nasha Niva',
        kind: 'reporting',
      },
    ],
    note: 'In force 30 August 2023 at 18:00. No one was listed by this decision: the release says the listings under the EU measures of 3 August had been made separately by the EAER on 15 August (ch-2023-08-15-listings).',
  },
  {
    id: 'ch-2024-10-30-package',
    date: '2024-10-30',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance'],
    summary:
      'The Federal Council adopted the EU measures of 29 June 2024 against Belarus. They ban investment in the Belarusian energy sector, imports of Belarusian gold, diamonds, coal and crude oil, and exports of luxury goods, oil-refining and gas-liquefaction goods, industrial goods, jet fuel and maritime goods, extend bans such as those on dual-use goods to transit, and require exporters to bar re-export of common high-priority items to Belarus.',
    targets: ['energy sector', 'gold', 'diamonds', 'crude oil'],
    sources: [
      {
        url: 'https://www.post2015.admin.ch/europa/en/home/aktuell/medienmitteilungen.html/content/europa/en/meta/news/2024/10/30/102965',
        title: 'Federal Council adopts further sanctions against Belarus',
        publisher: 'Swiss Federal Council',
        kind: 'official',
      },
      {
        url: 'https://www.swissinfo.ch/eng/switzerland-adopts-further-sanctions-against-belarus/87891481',
        title: 'Switzerland adopts further sanctions against Belarus',
        publisher: 'swissinfo.ch (SWI, Swiss Broadcasting Corporation)',
        kind: 'reporting',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/swiss-government-adopts-new-sanctions-against-belarus/',
        title: 'Swiss government adopts new sanctions against Belarus',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
    uncounted:
      'The release concerns goods, finance and energy measures; whether anyone was listed is not known.',
    note: 'In force 31 October 2024. Baker McKenzie notes Switzerland did not adopt the EU “best efforts” provision on third-country subsidiaries or the due-diligence obligations on re-export of high-priority goods.',
  },
  {
    id: 'ch-2024-12-23-listings',
    date: '2024-12-23',
    actor: 'ch',
    action: 'expand',
    instrument:
      'Amendment of the sanctions list of the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'The EAER extended the sanctions lists for Russia and Belarus, adopting, alongside the EU’s 15th package against Russia, the listings the EU had decided over the situation in Belarus. The changes took effect on 24 December 2024.',
    uncounted:
      'No official Belarus count is known; a secondary summary gives 26 persons and 2 organisations, which is not an official figure.',
    sources: [
      {
        url: 'https://www.seco.admin.ch/seco/de/home/seco/nsb-news/medienmitteilungen-2024.msg-id-103694.html',
        title: 'Ukraine: Die Schweiz weitet ihre Sanktionslisten aus (23.12.2024)',
        publisher: 'State Secretariat for Economic Affairs (SECO)',
        kind: 'official',
      },
    ],
    note: 'Release of 23 December 2024; in force 24 December 2024.',
  },
  {
    id: 'ch-2025-05-14-eu-feb-2025',
    date: '2025-05-14',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'Together with the EU’s 16th package against Russia, the Federal Council endorsed the EU sanctions of 24 February 2025 against Belarus. The revised ordinance bans sales of dual-use and military-enhancing goods to listed military end users in Belarus, turns several exceptions into licensing requirements, and bans exports of energy-sector software.',
    targets: ['Ministry of Defence of Belarus', 'State Security Committee (KGB)', 'energy software'],
    sources: [
      {
        url: 'https://sanctionsnews.bakermckenzie.com/switzerland-incorporates-the-eus-latest-belarus-sanctions-in-its-belarus-ordinance',
        title: 'Switzerland incorporates the EU’s latest Belarus sanctions in its Belarus Ordinance',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/swiss-government-concludes-implementation-of-eus-16th-sanctions-package',
        title: 'Swiss government concludes implementation of EU’s 16th sanctions package',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
    ],
    uncounted:
      'How many persons or entities this decision listed under the Belarus ordinance, if any, is not known.',
    noOfficialText:
      'The Federal Council release of 14 May 2025 and the amending ordinance are not available at their official addresses; this record follows a law firm’s notes.',
    note: 'The Federal Council release of 14 May 2025 says it “endorsed the sanctions adopted by the EU against Belarus”; Baker McKenzie describes this as an announced alignment and reports the revised Belarus ordinance entered into force on 1 June 2025 (the Russia measures took effect on 15 May 2025).',
  },
  {
    id: 'ch-2025-10-29-eu-july-2025',
    date: '2025-10-29',
    actor: 'ch',
    action: 'expand',
    instrument: 'Amendment of the Ordinance on Measures against Belarus (SR 946.231.116.9)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance'],
    summary:
      'The Federal Council fully adopted the measures the EU took against Belarus on 18 July 2025 alongside its 18th package against Russia, covering goods, finance and energy, to align the Belarus regime further with the Russia regime and counter circumvention.',
    sources: [
      {
        url: 'https://www.finma.ch/en/news/2025/10/20251031-sr-946-231-116-9',
        title: 'Aktualisierte Sanktionsmeldung: Belarus',
        publisher: 'Swiss Financial Market Supervisory Authority (FINMA)',
        kind: 'official',
      },
    ],
    uncounted:
      'The individual measures are not known in detail, and how many persons or entities were listed, if any, is not known.',
    note: 'In force 30 October 2025 (FINMA notice). The individual measures are not described here in detail.',
  },
];
