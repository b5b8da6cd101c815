import type { SanctionsEventInput } from '../schema';

const EURLEX = 'EUR-Lex (Publications Office of the European Union)';

/** eu sanctions actions on Belarus, 2004-2019; see DATA.md for what one record is. */
export const euEvents2004to2019: SanctionsEventInput[] = [
  {
    id: 'eu-2004-09-24-cp-2004-661',
    date: '2004-09-24',
    actor: 'eu',
    action: 'impose',
    instrument: 'Council Common Position 2004/661/CFSP',
    instrumentType: 'common-position',
    measures: ['travel'],
    summary:
      'Introduced an EU entry and transit ban on Belarusian officials named by the Council of Europe Pourgourides Report as key actors in the disappearances of four persons in 1999-2000 and the subsequent obstruction of justice.',
    targets: ['Viktor Sheyman', 'Yury Sivakov', 'Dmitri Pavlichenko', 'Vladimir Naumov'],
    listed: { persons: 4 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/compos/2004/661/oj',
        title:
          'Council Common Position 2004/661/CFSP of 24 September 2004 concerning restrictive measures against certain officials of Belarus (OJ L 301, 28.9.2004, p. 67)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://publications.europa.eu/resource/cellar/edabe78b-c30a-41d0-a1f5-cbbcc14c1594.0005.03/DOC_1',
        title:
          'Council Common Position 2004/661/CFSP (Official Journal text, Publications Office cellar copy)',
        publisher: 'Publications Office of the European Union',
        kind: 'act',
      },
      {
        url: 'https://euroradio.by/en/eu-likely-extend-sanctions-against-belarus-officials',
        title: 'EU likely to extend sanctions against Belarus officials',
        publisher: 'Euroradio (citing BelaPAN)',
        kind: 'reporting',
      },
      {
        url: 'https://www.data.minsk.by/belarusnews/042006/79.html',
        title:
          'EU ministers to impose travel ban on 31 Belarus officials (Financial Times, 7 April 2006, reprint)',
        publisher: 'Financial Times via data.minsk.by',
        kind: 'reporting',
      },
    ],
    note: 'The recitals of the act name Sheyman, Sivakov and Pavlichenko; the count of four (adding Interior Minister Naumov) is from news reports (Euroradio/BelaPAN; Financial Times: "four who were deemed to be key actors in disappearances"), not from the annex, which was not seen.',
  },
  {
    id: 'eu-2004-12-13-cp-2004-848',
    date: '2004-12-13',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Common Position 2004/848/CFSP',
    instrumentType: 'common-position',
    measures: ['travel'],
    summary:
      'Extended the entry ban to officials held responsible for the fraudulent parliamentary elections and referendum of 17 October 2004 and for human rights violations in the repression of peaceful demonstrators afterwards.',
    targets: ['Lidia Yermoshina', 'Yury Podobed'],
    listed: { persons: 2 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/compos/2004/848/oj',
        title:
          'Council Common Position 2004/848/CFSP of 13 December 2004 amending Common Position 2004/661/CFSP (OJ L 367, 14.12.2004, p. 35)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32004E0848&from=SL',
        title: 'Council Common Position 2004/848/CFSP (EUR-Lex HTML text)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://euroradio.by/en/eu-likely-extend-sanctions-against-belarus-officials',
        title: 'EU likely to extend sanctions against Belarus officials',
        publisher: 'Euroradio (citing BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'The Council decided on the restrictions on 22 November 2004 (recital 4); the Common Position implementing them is dated 13 December 2004. The count of two (CEC chair Yermoshina and special police regiment commander Podobed) is from news reports (Euroradio/BelaPAN; the Financial Times also reported six officials banned before April 2006).',
  },
  {
    id: 'eu-2006-04-10-cp-2006-276',
    date: '2006-04-10',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Common Position 2006/276/CFSP',
    instrumentType: 'common-position',
    measures: ['travel'],
    summary:
      'After the 19 March 2006 presidential election, imposed an entry ban on President Lukashenko and officials held responsible for violations of electoral standards and the crackdown on civil society and the opposition; it replaced Common Position 2004/661/CFSP.',
    targets: ['Alexander Lukashenko'],
    listed: { persons: 31 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/compos/2006/276/oj',
        title:
          'Council Common Position 2006/276/CFSP of 10 April 2006 concerning restrictive measures against certain officials of Belarus and repealing Common Position 2004/661/CFSP (OJ L 101, 11.4.2006, p. 5)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=uriserv%3AOJ.L_.2006.101.01.0005.01.ITA&toc=OJ%3AL%3A2006%3A101%3AFULL',
        title: 'Council Common Position 2006/276/CFSP (EUR-Lex page)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://www.theguardian.com/world/2006/apr/10/eu.politics?INTCMP=ILCNETTXT3487',
        title: 'EU visa ban for Belarus leaders',
        publisher: 'The Guardian',
        kind: 'reporting',
      },
      {
        url: 'https://www.baltictimes.com/news/articles/15118/',
        title: 'EU imposes travel ban on Lukashenko, other officials (RFE/RL)',
        publisher: 'The Baltic Times',
        kind: 'reporting',
      },
      {
        url: 'https://www.data.minsk.by/belarusnews/042008/75.html',
        title:
          'EU prolongs sanctions against Belarusian officials (RIA Novosti, 8 April 2008, reprint): "In April 2006, the list was extended from six persons to 37"',
        publisher: 'RIA Novosti via data.minsk.by',
        kind: 'reporting',
      },
    ],
    note: 'The count of 31 (Lukashenko and 30 others) is from news reports of the 10 April 2006 Council meeting; the annex was not seen. Common Position 2006/276/CFSP replaced 2004/661/CFSP, and RIA Novosti (8 April 2008) gives the combined list after April 2006 as 37 ("extended from six persons to 37"), which equals the 6 persons listed in 2004 plus the 31 recorded here.',
  },
  {
    id: 'eu-2006-05-18-reg-765-2006',
    date: '2006-05-18',
    actor: 'eu',
    action: 'impose',
    instrument: 'Council Common Position 2006/362/CFSP and Council Regulation (EC) No 765/2006',
    instrumentType: 'council-regulation',
    measures: ['assets'],
    summary:
      'Froze the funds and economic resources of President Lukashenko and officials held responsible for violations of electoral standards in the March 2006 election and the crackdown on civil society and the opposition, and prohibited making funds available to them.',
    targets: ['Alexander Lukashenko'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2006/765/oj',
        title:
          'Council Regulation (EC) No 765/2006 of 18 May 2006 concerning restrictive measures against President Lukashenko and certain officials of Belarus (OJ L 134, 20.5.2006, p. 1)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://inenuitvoer.sdu.nl/content/CELEX-02006R0765-20211117-ENG',
        title:
          'Council Regulation (EC) No 765/2006 of 18 May 2006 (consolidated text CELEX 02006R0765, copy)',
        publisher: 'Sdu (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
      {
        url: 'https://odb-office.eu/statements_/eucouncilandbelarus/belarus-council-adopts-financial-restrictive-measures',
        title: 'Belarus - Council adopts financial restrictive measures (Council press text, reproduced)',
        publisher: 'Office for a Democratic Belarus',
        kind: 'reporting',
      },
      {
        url: 'https://www.awa-seminare.com/artikel/ausweitung-des-embargos-gegen-praesident-lukaschenko-und-weitere-belarussische-amtstrae-200605260829/',
        title: 'Ausweitung des Embargos gegen Präsident Lukaschenko und weitere belarussische Amtsträger',
        publisher: 'AWA Außenwirtschafts-Akademie',
        kind: 'reporting',
      },
    ],
    note: 'The asset freeze was decided in Common Position 2006/362/CFSP of 18 May 2006 and implemented by Regulation 765/2006 of the same day. The Council press text (as reproduced by the Office for a Democratic Belarus) says the Common Position lists 36 persons, including President Lukashenko, and that the freeze is "in addition to" the travel restrictions of 10 April 2006 on the President, the leadership and certain officials. No source says how many of the 36 were not already under the April 2006 travel ban, so no count of newly listed persons is recorded: the 36 are not added to the running total (which stays at the 37 reported for the April 2006 travel-ban list). The Regulation annex was not seen.',
  },
  {
    id: 'eu-2007-03-19-renewal',
    date: '2007-03-19',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council common position of 19 March 2007 extending Common Position 2006/276/CFSP',
    instrumentType: 'common-position',
    measures: ['travel'],
    summary:
      'Extended the travel ban and related restrictive measures against Belarusian officials for one year, to 10 April 2008.',
    modifies: ['eu-2006-04-10-cp-2006-276'],
    sources: [
      {
        url: 'https://euobserver.com/eu-and-the-world/ar52a68d19',
        title: 'EU renews Belarus sanctions ahead of Minsk opposition rally',
        publisher: 'EUobserver',
        kind: 'reporting',
      },
    ],
    note: 'Only a news source was found. EUobserver reports the extension was adopted by the Council on 19 March 2007 and that the ban covered 35 officials; the number of the common position was not verified.',
  },
  {
    id: 'eu-2008-11-10-cp-2008-844',
    date: '2008-11-10',
    actor: 'eu',
    action: 'suspend',
    instrument: 'Council Common Position 2008/844/CFSP',
    instrumentType: 'common-position',
    measures: ['travel'],
    summary:
      'Extended the restrictive measures for 12 months and suspended for six months the travel ban on most listed officials, keeping it for those involved in the 1999-2000 disappearances and the chair of the Central Electoral Commission.',
    modifies: ['eu-2006-04-10-cp-2006-276'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/compos/2008/844/oj',
        title:
          'Council Common Position 2008/844/CFSP of 10 November 2008 amending Common Position 2006/276/CFSP (OJ L 300, 11.11.2008, p. 56)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX%3A32008E0844',
        title: 'Council Common Position 2008/844/CFSP (EUR-Lex page)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX%3A32009E0314',
        title:
          'Council Common Position 2009/314/CFSP, recital 2 (extension to 13 October 2009, suspension to 13 April 2009)',
        publisher: EURLEX,
        kind: 'act',
      },
    ],
    note: 'The Council agreed the extension and the suspension on 13 October 2008 (recital 2); the Common Position giving effect to it is dated 10 November 2008. Per Common Position 2009/314/CFSP, the measures were extended to 13 October 2009 and the travel bans suspended to 13 April 2009.',
  },
  {
    id: 'eu-2009-04-06-cp-2009-314',
    date: '2009-04-06',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Common Position 2009/314/CFSP',
    instrumentType: 'common-position',
    measures: ['travel', 'assets'],
    summary:
      'Extended the restrictive measures until 15 March 2010 and kept the travel ban on most listed officials suspended until 15 December 2009, except for those involved in the 1999-2000 disappearances and the chair of the Central Electoral Commission.',
    modifies: ['eu-2006-04-10-cp-2006-276', 'eu-2008-11-10-cp-2008-844'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/compos/2009/314/oj',
        title:
          'Council Common Position 2009/314/CFSP of 6 April 2009 amending Common Position 2006/276/CFSP and repealing Common Position 2008/844/CFSP (OJ L 93, 7.4.2009, p. 21)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX%3A32009E0314',
        title: 'Council Common Position 2009/314/CFSP (EUR-Lex page)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/0EGYWY',
        title: 'Council Decision 2009/969/CFSP, recital 2 (Official Journal text in dataset)',
        publisher: 'Harvard Dataverse',
        kind: 'act',
      },
    ],
    note: 'The Council decided the extension and the continued suspension at its meeting of 16 March 2009 (Council conclusions); the Common Position is dated 6 April 2009.',
  },
  {
    id: 'eu-2009-12-15-decision-2009-969',
    date: '2009-12-15',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision 2009/969/CFSP',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets'],
    summary:
      'Extended the restrictive measures against Belarusian officials, and the suspension of the travel ban on most of them, until 31 October 2010.',
    modifies: ['eu-2006-04-10-cp-2006-276', 'eu-2009-04-06-cp-2009-314'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2009/969/oj',
        title:
          'Council Decision 2009/969/CFSP of 15 December 2009 extending the restrictive measures against certain officials of Belarus laid down in Common Position 2006/276/CFSP (OJ L 332, 17.12.2009, p. 76)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/0EGYWY',
        title: 'Council Decision 2009/969/CFSP (Official Journal text in dataset)',
        publisher: 'Harvard Dataverse',
        kind: 'act',
      },
      {
        url: 'https://inenuitvoer.sdu.nl/content/CELEX-02010D0639-20120123-ENG',
        title: 'Council Decision 2010/639/CFSP, recital 3 (consolidated text copy)',
        publisher: 'Sdu (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
    ],
    note: 'The Council agreed on 17 November 2009 to extend the measures (recital 3 of the Decision); the end date of 31 October 2010 is stated in recital 3 of Decision 2010/639/CFSP.',
  },
  {
    id: 'eu-2010-10-25-decision-2010-639',
    date: '2010-10-25',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision 2010/639/CFSP',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets'],
    summary:
      'Renewed the restrictive measures against Belarusian officials until 31 October 2011 in a new Council Decision, and renewed the suspension of the travel ban on most of them until the same date.',
    modifies: ['eu-2006-04-10-cp-2006-276', 'eu-2009-12-15-decision-2009-969'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2010/639/oj',
        title:
          'Council Decision 2010/639/CFSP of 25 October 2010 concerning restrictive measures against Belarus',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://inenuitvoer.sdu.nl/content/CELEX-02010D0639-20120123-ENG',
        title: 'Council Decision 2010/639/CFSP of 25 October 2010 (consolidated text copy)',
        publisher: 'Sdu (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
    ],
    note: 'Common Position 2006/276/CFSP was repealed and replaced by this Decision (EUR-Lex status of 2006/276: "repealed by 32010D0639").',
  },
  {
    id: 'eu-2011-01-31-reimpose',
    date: '2011-01-31',
    actor: 'eu',
    action: 'reimpose',
    instrument:
      'Council Decision of 31 January 2011 amending Decision 2010/639/CFSP and Council Regulation (EU) No 84/2011 amending Regulation (EC) No 765/2006',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets'],
    summary:
      'After the 19 December 2010 presidential election, re-applied the travel ban suspended since October 2008 and imposed a travel ban and asset freeze on officials held responsible for the fraudulent election and the subsequent crackdown on the opposition, civil society and media.',
    targets: ['Alexander Lukashenko'],
    inForce: { persons: 156, entities: 0 },
    estimated: true,
    modifies: ['eu-2006-04-10-cp-2006-276', 'eu-2008-11-10-cp-2008-844', 'eu-2010-10-25-decision-2010-639'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2011/84/oj',
        title:
          'Council Regulation (EU) No 84/2011 of 31 January 2011 amending Regulation (EC) No 765/2006 (OJ L 28, 2.2.2011, p. 17)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://docslib.org/doc/2290311/no-765-2006-of-18-may-2006-concerning-restrictive-measures-in-respect-of-belarus-oj-l-134-20-5-2006-p',
        title:
          'Consolidated text of Regulation (EC) No 765/2006 (02006R0765, 17.12.2020), list of amending acts (copy)',
        publisher: 'docslib.org (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
      {
        url: 'https://spring96.org/en/news/50344',
        title:
          'EU blacklists 21 more Belarusians (BelaPAN chronology: 156 listed on 31 January 2011, 19 more in March, 13 in May, 4 in June, 16 in October, 2 in December)',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'reporting',
      },
      {
        url: 'https://en.eurobelarus.info/news/archive/2011/01/31/council-conclusions-on-belarus--3065th-foreign-affairs-council-meeting--brussels--31-january-2011-.html',
        title:
          'Council conclusions on Belarus, 3065th Foreign Affairs Council meeting, Brussels, 31 January 2011 (reproduced)',
        publisher: 'EuroBelarus',
        kind: 'reporting',
      },
      {
        url: 'http://www.data.minsk.by/belarusnews/022011/25.html',
        title: 'EU Foreign Ministers agree sanctions against Belarusian officials',
        publisher: 'data.minsk.by',
        kind: 'reporting',
      },
      {
        url: 'http://data.minsk.by/belarusnews/012011/808.html',
        title: 'EU reinstates travel ban on Lukashenko government (Europolitics, 31 January 2011, reprint)',
        publisher: 'Europolitics via data.minsk.by',
        kind: 'reporting',
      },
    ],
    note: 'The Regulation number and date are from the list of amending acts in the consolidated text of Regulation 765/2006 (M4: OJ L 28, 2.2.2011, p. 17); the number of the parallel Decision was not verified. The new lists replaced those of 2006. The total of 156 persons is estimated: no Council figure for 31 January 2011 was seen, but the Council said on 22 June 2011 that 188 persons were listed before the June additions, and 188 less the 19 added in March and the 13 added in May gives 156, which is also BelaPAN\'s figure. Europolitics and UPI reported 158 persons (visa ban on "Lukashenko and 157 others"); Telegraf reported 158 visa bans and 157 asset freezes.',
  },
  {
    id: 'eu-2011-03-21-listings-19',
    date: '2011-03-21',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Regulation (EU) No 271/2011 and the parallel Council implementing decision under Decision 2010/639/CFSP',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'Added 19 persons, held responsible for the deteriorating human rights situation after the December 2010 election, to the travel ban and asset freeze list.',
    listed: { persons: 19 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2011/271/oj',
        title:
          'Council Implementing Regulation (EU) No 271/2011 of 21 March 2011 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 76, 22.3.2011, p. 13)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://docslib.org/doc/2290311/no-765-2006-of-18-may-2006-concerning-restrictive-measures-in-respect-of-belarus-oj-l-134-20-5-2006-p',
        title:
          'Consolidated text of Regulation (EC) No 765/2006 (02006R0765, 17.12.2020), list of amending acts (copy)',
        publisher: 'docslib.org (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
      {
        url: 'https://telegraf.by/arhiv/eu_extended_list_of_banned_belarusian_officials/',
        title: 'EU Extended List of Banned Belarusian Officials (21 March 2011, citing RIA Novosti)',
        publisher: 'Telegraf.by',
        kind: 'reporting',
      },
      {
        url: 'https://spring96.org/en/news/50344',
        title: 'EU blacklists 21 more Belarusians (BelaPAN chronology: 19 more in March 2011)',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'The Regulation number and date are from the list of amending acts in the consolidated text of Regulation 765/2006 (M5); the count of 19 is from news reports of the Foreign Affairs Council of 21 March 2011. The parallel implementing decision was not identified.',
  },
  {
    id: 'eu-2011-05-23-listings-13',
    date: '2011-05-23',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Regulation (EU) No 505/2011 and the parallel Council implementing decision under Decision 2010/639/CFSP',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'Added 13 persons, among them judges, prosecutors and law-enforcement officials, to the travel ban and asset freeze list, bringing it to 188 persons.',
    listed: { persons: 13 },
    inForce: { persons: 188, entities: 0 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2011/505/oj',
        title:
          'Council Implementing Regulation (EU) No 505/2011 of 23 May 2011 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 136, 24.5.2011, p. 48)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'http://ue.eu.int/homepage/highlights/stronger-sanctions-on-belarus?lang=en',
        title:
          'Stronger sanctions on Belarus (22 June 2011): four individuals added "to the list of 188, including President Lukashenko"',
        publisher: 'Council of the European Union',
        kind: 'official',
      },
      {
        url: 'https://docslib.org/doc/2290311/no-765-2006-of-18-may-2006-concerning-restrictive-measures-in-respect-of-belarus-oj-l-134-20-5-2006-p',
        title:
          'Consolidated text of Regulation (EC) No 765/2006 (02006R0765, 17.12.2020), list of amending acts (copy)',
        publisher: 'docslib.org (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
      {
        url: 'https://eurasialift.wordpress.com/2011/06/13/8-more-countries-expanded-%E2%80%9Cblack-list%E2%80%9D-of-belarusian-officials/',
        title:
          '8 More Countries Expanded "Black List" of Belarusian Officials (quotes the High Representative: list of 175 extended by 13 to 188 on 23 May)',
        publisher: 'Human Rights Issues in Eurasia (blog)',
        kind: 'reporting',
      },
    ],
    note: 'The total of 188 is the Council figure of 22 June 2011 for the list before the four June additions, i.e. after this action. The Regulation number and date are from the list of amending acts in the consolidated text of Regulation 765/2006 (M6). Survincity reported 198 after this round; that figure is not consistent with the Council total.',
  },
  {
    id: 'eu-2011-06-20-arms-embargo',
    date: '2011-06-20',
    actor: 'eu',
    action: 'impose',
    instrument: 'Council Decision 2011/357/CFSP and Council Regulation (EU) No 588/2011',
    instrumentType: 'council-decision',
    measures: ['arms', 'assets', 'travel'],
    summary:
      'Imposed an embargo on arms and on equipment that could be used for internal repression, froze the assets of three companies linked to the regime (the first entity listings), and added four persons to the travel ban and asset freeze list.',
    targets: [
      'arms and internal-repression equipment',
      'BelTechExport',
      'Sport-pari',
      'companies of Vladimir Peftiev',
    ],
    listed: { persons: 4, entities: 3 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2011/588/oj',
        title:
          'Council Regulation (EU) No 588/2011 of 20 June 2011 amending Regulation (EC) No 765/2006 (OJ L 161, 21.6.2011, p. 1)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'http://ue.eu.int/homepage/highlights/stronger-sanctions-on-belarus?lang=en',
        title: 'Stronger sanctions on Belarus',
        publisher: 'Council of the European Union',
        kind: 'official',
      },
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2011/357/oj',
        title:
          'Council Decision 2011/357/CFSP of 20 June 2011 amending Decision 2010/639/CFSP (OJ L 161, 21.6.2011, p. 25)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://beta.bailii.org/eu/cases/EUECJ/2014/T43911.html',
        title:
          'Judgment of the General Court of 9 December 2014, Sport-pari v Council, T-439/11 (names Decision 2011/357/CFSP and Regulation (EU) No 588/2011 of 20 June 2011, OJ 2011 L 161)',
        publisher: 'General Court of the EU (copy at BAILII)',
        kind: 'act',
      },
      {
        url: 'https://242575.15huv.group/eu/cases/EUECJ/2014/T43811.html',
        title:
          'Judgment of the General Court of 9 December 2014, BelTechExport v Council, T-438/11 (copy of BAILII)',
        publisher: 'General Court of the EU (mirror of BAILII)',
        kind: 'act',
      },
      {
        url: 'https://eumonitor.eu/9353000/1/j4nvhdfcs8bljza_j9vvik7m1c3gyxp/viq75sagfnz5',
        title:
          'Legal provisions of COM(2011)362 - Amendment of Council Regulation (EC) No 765/2006 (internal repression equipment)',
        publisher: 'EU Monitor',
        kind: 'reporting',
      },
      {
        url: 'https://spring96.org/en/news/53381',
        title: 'EU may expand blacklist of Belarusians',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'The Council release says the four persons were added "to the list of 188" already subject to the measures, giving 192 persons and 3 entities (Belsat and Euroradio later reported 192 officials listed before October 2011). The act numbers are from the list of amending acts in the consolidated text of Regulation 765/2006 (M7) and from the General Court judgments in T-438/11 and T-439/11, brought by BelTechExport and Sport-pari against their listing by these acts. That the three companies belong to Vladimir Peftiev is from Viasna/BelaPAN. Later Council releases (2019, 2020) refer to "four companies" lifted in 2016.',
  },
  {
    id: 'eu-2011-10-10-decision-2011-666',
    date: '2011-10-10',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Decision 2011/666/CFSP, Council Regulation (EU) No 999/2011 and Council Implementing Regulation (EU) No 1000/2011',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets'],
    summary:
      'Added 16 persons to the travel ban and asset freeze list and prolonged the restrictive measures until 31 October 2012.',
    listed: { persons: 16 },
    modifies: ['eu-2010-10-25-decision-2010-639'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2011/666/oj',
        title:
          'Council Decision 2011/666/CFSP of 10 October 2011 amending Decision 2010/639/CFSP concerning restrictive measures against Belarus (OJ L 265, 11.10.2011, p. 17)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://docslib.org/doc/11424578/l-265-official-journal',
        title: 'Official Journal L 265, 11 October 2011, table of contents (copy)',
        publisher: 'docslib.org (copy of Official Journal)',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/eur/2011/999/data.akn',
        title: 'Council Regulation (EU) No 999/2011 of 10 October 2011 (legislation.gov.uk copy)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://euroradio.fm/en/report/eu-ministers-impose-new-limitations-minsk-63409',
        title: 'EU Ministers impose new limitations on Minsk',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
      {
        url: 'http://www.hjalmarsonfoundation.se/2011/10/eu-imposes-new-restrictive-measures-against-belarus/',
        title: 'EU imposes new restrictive measures against Belarus',
        publisher: 'Jarl Hjalmarson Foundation',
        kind: 'reporting',
      },
    ],
    note: 'The count of 16 is from news reports of the Council decision; Euroradio says they were added to 192 persons already listed.',
  },
  {
    id: 'eu-2011-12-16-listings-2',
    date: '2011-12-16',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Regulation (EU) No 1320/2011 and the parallel Council implementing decision under Decision 2010/639/CFSP',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'Added the judge and the public prosecutor in the trial of human rights defender Ales Bialiatski to the travel ban and asset freeze list.',
    listed: { persons: 2 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2011/1320/oj',
        title:
          'Council Implementing Regulation (EU) No 1320/2011 of 16 December 2011 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 335, 17.12.2011, p. 15)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://docslib.org/doc/2290311/no-765-2006-of-18-may-2006-concerning-restrictive-measures-in-respect-of-belarus-oj-l-134-20-5-2006-p',
        title:
          'Consolidated text of Regulation (EC) No 765/2006 (02006R0765, 17.12.2020), list of amending acts (copy)',
        publisher: 'docslib.org (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
      {
        url: 'https://spring96.org/en/news/50344',
        title:
          'EU blacklists 21 more Belarusians (BelaPAN: "In December, it added the judge and the public prosecutor in the trial of ... Ales Byalyatski")',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'The Regulation number and date are from the list of amending acts in the consolidated text of Regulation 765/2006 (M10); the count of two persons is from BelaPAN. The text of the Regulation was not read.',
  },
  {
    id: 'eu-2012-02-10-criteria',
    date: '2012-02-10',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Regulation (EU) No 114/2012 amending Regulation (EC) No 765/2006, with the parallel Council decision amending Decision 2010/639/CFSP',
    instrumentType: 'council-regulation',
    measures: ['travel', 'assets'],
    summary:
      'Broadened the criteria for listing persons and entities, in response to human rights abuses and the persecution of political opponents.',
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2012/114/oj',
        title:
          'Council Regulation (EU) No 114/2012 of 10 February 2012 amending Regulation (EC) No 765/2006 (OJ L 38, 11.2.2012, p. 3)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://docslib.org/doc/2290311/no-765-2006-of-18-may-2006-concerning-restrictive-measures-in-respect-of-belarus-oj-l-134-20-5-2006-p',
        title:
          'Consolidated text of Regulation (EC) No 765/2006 (02006R0765, 17.12.2020), list of amending acts (copy)',
        publisher: 'docslib.org (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
      {
        url: 'https://spring96.org/en/news/50344',
        title:
          'EU blacklists 21 more Belarusians (BelaPAN: "On February 10, the EU Council broadened the criteria for imposing sanctions")',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'The Regulation number and date are from the list of amending acts in the consolidated text of Regulation 765/2006 (M11); what the change covered is from BelaPAN. The wording of the new criteria and the number of the parallel CFSP decision were not read.',
  },
  {
    id: 'eu-2012-02-28-listings-21',
    date: '2012-02-28',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Regulation (EU) No 170/2012 and the parallel Council implementing decision under Decision 2010/639/CFSP',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'Added 21 persons responsible for the repression of civil society and the democratic opposition to the travel ban and asset freeze list.',
    listed: { persons: 21 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2012/170/oj',
        title:
          'Council Implementing Regulation (EU) No 170/2012 of 28 February 2012 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 55, 29.2.2012, p. 1)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eeas.europa.eu/archives/delegations/belarus/press_corner/all_news/news/2012/28_02_2012_en.htm',
        title:
          'Council reinforces restrictive measures against the Belarusian regime (Brussels, 28 February 2012)',
        publisher: 'European External Action Service (EU Delegation to Belarus)',
        kind: 'official',
      },
      {
        url: 'https://spring96.org/en/news/50344',
        title: 'EU blacklists 21 more Belarusians',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'The release says more than 200 individuals were already listed; BelaPAN dated the Council decision 27 February 2012 (the Foreign Affairs Council meeting) and put the total after it at 222, which does not agree with its own chronology (156 + 19 + 13 + 4 + 16 + 2 + 21 = 231); the running figure here is 231. The release dates the decision 28 February 2012, the date also borne by the Implementing Regulation (M12 in the consolidated text of Regulation 765/2006); the acts were published in the Official Journal of 29 February. The number of the parallel implementing decision was not verified.',
  },
  {
    id: 'eu-2012-03-23-listings-12-29',
    date: '2012-03-23',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Decision 2012/171/CFSP and Council Implementing Regulation (EU) No 265/2012',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'Added 12 persons, including businessmen supporting the regime, to the travel ban and asset freeze list, and froze the assets of 29 entities controlled by listed persons.',
    targets: ['Yury Chyzh', 'Anatoly Ternavsky', 'FC Dynamo-Minsk', 'companies of Vladimir Peftiev'],
    listed: { persons: 12, entities: 29 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2012/265/oj',
        title:
          'Council Implementing Regulation (EU) No 265/2012 of 23 March 2012 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 87, 24.3.2012, p. 37)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2012/171/oj',
        title:
          'Council Implementing Decision 2012/171/CFSP of 23 March 2012 implementing Decision 2010/639/CFSP (OJ L 87, 24.3.2012, p. 95)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://beta.bailii.org/eu/cases/EUECJ/2015/T27512.html',
        title:
          'Judgment of the General Court of 6 October 2015, FC Dynamo-Minsk v Council, T-275/12 (names Implementing Decision 2012/171/CFSP and Implementing Regulation (EU) No 265/2012 of 23 March 2012)',
        publisher: 'General Court of the EU (copy at BAILII)',
        kind: 'act',
      },
      {
        url: 'https://docslib.org/doc/2290311/no-765-2006-of-18-may-2006-concerning-restrictive-measures-in-respect-of-belarus-oj-l-134-20-5-2006-p',
        title:
          'Consolidated text of Regulation (EC) No 765/2006 (02006R0765, 17.12.2020), list of amending acts (copy)',
        publisher: 'docslib.org (copy of EUR-Lex consolidated text)',
        kind: 'act',
      },
      {
        url: 'https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1199405',
        title: 'Summary of Council conclusions on Belarus (Foreign Affairs Council, March 2012)',
        publisher: 'European Parliament Legislative Observatory',
        kind: 'reporting',
      },
      {
        url: 'http://europarussia.com/posts/3306',
        title: 'EU sanctions 12 more Belarusians and 29 companies (BelaPAN)',
        publisher: 'europarussia.com (citing BelaPAN)',
        kind: 'reporting',
      },
      {
        url: 'https://spring96.org/en/news/53381',
        title: 'EU may expand blacklist of Belarusians',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'The act numbers and dates are from the list of amending acts in the consolidated text of Regulation 765/2006 (M13) and from the General Court judgment in T-275/12 (FC Dynamo-Minsk, listed by these acts); the annexes were not read. The counts are from the EP Legislative Observatory summary of the Council conclusions (12 persons, plus businessmen and companies) and BelaPAN (12 persons, 29 entities). After this round the running figure is 243 persons and 32 entities, which matches the peak that BelaPAN (via Belsat) and Foreign Minister Makei (via Charter 97) later gave for the list ("as many as 243 Belarusian individuals and 32 business entities").',
  },
  {
    id: 'eu-2012-10-15-decision-2012-642',
    date: '2012-10-15',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision 2012/642/CFSP, with Council Implementing Regulation (EU) No 1017/2012 of 6 November 2012',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets', 'arms'],
    summary:
      'Replaced Decision 2010/639/CFSP with a new Council Decision concerning restrictive measures against Belarus and prolonged the arms embargo, travel ban and asset freeze until 31 October 2013.',
    modifies: ['eu-2010-10-25-decision-2010-639'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2012/642/oj',
        title:
          'Council Decision 2012/642/CFSP of 15 October 2012 concerning restrictive measures against Belarus (OJ L 285, 17.10.2012, p. 1)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/eudn/2012/642/introduction',
        title: 'Council Decision 2012/642/CFSP of 15 October 2012 (legislation.gov.uk copy)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://beta.bailii.org/eu/cases/EUECJ/2015/T27512.html',
        title:
          'Judgment of the General Court of 6 October 2015, FC Dynamo-Minsk v Council, T-275/12 (lists the Belarus acts of 2012-2014 with their Official Journal references)',
        publisher: 'General Court of the EU (copy at BAILII)',
        kind: 'act',
      },
      {
        url: 'https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1229576',
        title:
          'Summary of Council conclusions on Belarus (October 2012): measures prolonged until 31 October 2013',
        publisher: 'European Parliament Legislative Observatory',
        kind: 'reporting',
      },
    ],
    note: 'Implementing Regulation (EU) No 1017/2012 of 6 November 2012 (OJ L 307, p. 7), implementing Article 8a(1) of Regulation 765/2006, is named alongside this Decision in the General Court judgment in T-275/12; its content was not read.',
  },
  {
    id: 'eu-2013-10-29-decision-2013-534',
    date: '2013-10-29',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision 2013/534/CFSP and Council Implementing Regulation (EU) No 1054/2013',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets', 'arms'],
    summary:
      'Prolonged the restrictive measures against Belarus until 31 October 2014 and updated the list of persons and entities.',
    inForce: { persons: 232, entities: 25 },
    modifies: ['eu-2012-10-15-decision-2012-642'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2013/534/oj',
        title:
          'Council Decision 2013/534/CFSP of 29 October 2013 amending Decision 2012/642/CFSP (OJ L 288, 30.10.2013, p. 69)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP (list of amending acts)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://beta.bailii.org/eu/cases/EUECJ/2015/T27512.html',
        title:
          'Judgment of the General Court of 6 October 2015, FC Dynamo-Minsk v Council, T-275/12 (lists the Belarus acts of 2012-2014 with their Official Journal references)',
        publisher: 'General Court of the EU (copy at BAILII)',
        kind: 'act',
      },
      {
        url: 'https://fr.sputniknews.africa/20131029/199672879.html',
        title: 'Council press release on Belarus sanctions, 29 October 2013 (quoted)',
        publisher: 'Sputnik',
        kind: 'reporting',
      },
      {
        url: 'https://pravda.com.ua/rus/news/2013/10/29/7000997',
        title: 'Совет Евросоюза продлил санкции в отношении Беларуси',
        publisher: 'Ukrainska Pravda (citing BBC and the Council press service)',
        kind: 'reporting',
      },
    ],
    note: 'The total of 232 persons and 25 entities is the figure of the Council press release as quoted by Sputnik and Ukrainska Pravda; the release itself was not seen. Charter 97 reported that in the 2013 update 13 persons were removed and two heads of the Babruisk penal colony added; earlier amending acts of 29 May and 24 June 2013 (Implementing Decision 2013/248/CFSP, Decision 2013/308/CFSP) are listed in the consolidated text but were not read, so the changes between the 243 persons and 32 entities of March 2012 and this total are not itemised.',
  },
  {
    id: 'eu-2014-07-08-review',
    date: '2014-07-08',
    actor: 'eu',
    action: 'ease',
    instrument:
      'Council Implementing Decision 2014/439/CFSP, with the parallel Council implementing regulation',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'After a review, removed eight persons from the travel ban and asset freeze list, among them former KGB and prosecution officials and election commission members, and added one judge, Vital Volkau, who had sent Mikalai Statkevich to a cell-type prison.',
    targets: ['Vital Volkau'],
    listed: { persons: 1 },
    delisted: { persons: 8 },
    modifies: ['eu-2013-10-29-decision-2013-534'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2014/439/oj',
        title:
          'Council Implementing Decision 2014/439/CFSP of 8 July 2014 implementing Decision 2012/642/CFSP (OJ L 200, 9.7.2014, p. 13)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP (list of amending acts, M5)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://amp.udf.by/english/main-story/105283-eu-removes-eight-belarusians-from-its-blacklist.html?action=mobile',
        title:
          'EU removes eight Belarusians from its blacklist (BelaPAN, quoting the Council press office and the Official Journal)',
        publisher: 'UDF.by (citing BelaPAN)',
        kind: 'reporting',
      },
      {
        url: 'https://charter97.org/en/news/2014/7/9/106250/',
        title: '8 Belarusian officials crossed off EU black list',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
    ],
    note: 'Counts are from the Council press office as quoted by BelaPAN. BelaPAN gives the total after this action as 225 individuals and 25 entities, which equals the running figure (232 - 8 + 1 persons; 25 entities). The number of the parallel implementing regulation was not verified.',
  },
  {
    id: 'eu-2014-10-30-decision-2014-750',
    date: '2014-10-30',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision 2014/750/CFSP and Council Implementing Regulation (EU) No 1159/2014',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets', 'arms'],
    summary:
      'Prolonged the restrictive measures against Belarus until 31 October 2015 and removed 24 persons and 7 entities from the list.',
    delisted: { persons: 24, entities: 7 },
    modifies: ['eu-2012-10-15-decision-2012-642'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2014/750/oj',
        title:
          'Council Decision 2014/750/CFSP of 30 October 2014 amending Decision 2012/642/CFSP (OJ L 311, 31.10.2014, p. 39)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP (list of amending acts)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://beta.bailii.org/eu/cases/EUECJ/2015/T27512.html',
        title:
          'Judgment of the General Court of 6 October 2015, FC Dynamo-Minsk v Council, T-275/12 (lists the Belarus acts of 2012-2014 with their Official Journal references)',
        publisher: 'General Court of the EU (copy at BAILII)',
        kind: 'act',
      },
      {
        url: 'https://udf.name/english/politics/111982-eu-removes-24-belarusian-individuals-seven-companies-from-its-blacklist.html',
        title:
          'EU removes 24 Belarusian individuals, seven companies from its blacklist (BelaPAN, quoting the Council press release)',
        publisher: 'UDF (citing BelaPAN)',
        kind: 'reporting',
      },
      {
        url: 'https://euroradio.fm/en/eu-extends-sanctions-belarus-removes-24-people-black-list',
        title: 'EU extends sanctions for Belarus but removes 24 people from black list',
        publisher: 'Euroradio (citing the Council press office)',
        kind: 'reporting',
      },
      {
        url: 'https://ria.ru/20141030/1030965961.html?in=t',
        title: 'Совет ЕС продлил до 31 октября 2015 года санкции против Белоруссии',
        publisher: 'RIA Novosti',
        kind: 'reporting',
      },
    ],
    note: 'The counts of 24 persons and 7 entities delisted are from the Council press release as reported by BelaPAN, Euroradio and RIA Novosti. BelaPAN gives the total after the action as 201 individuals and 18 entities, which equals the running figure (225 - 24; 25 - 7); no official total was seen. A blog summary giving 219 officials and 25 companies is not consistent with these figures.',
  },
  {
    id: 'eu-2015-10-29-decision-2015-1957',
    date: '2015-10-29',
    actor: 'eu',
    action: 'suspend',
    instrument: 'Council Decision (CFSP) 2015/1957 and Council Implementing Regulation (EU) 2015/1949',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets'],
    summary:
      'Prolonged the restrictive measures until 29 February 2016 and at the same time suspended the asset freeze and travel ban on 170 persons and the asset freeze on 3 entities, after the release of political prisoners on 22 August 2015; four persons linked to the 1999-2000 disappearances and the arms embargo stayed in force.',
    delisted: { persons: 170, entities: 3 },
    inForce: { persons: 4, entities: 0 },
    modifies: ['eu-2012-10-15-decision-2012-642', 'eu-2014-10-30-decision-2014-750'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2015/1957/oj',
        title:
          'Council Decision (CFSP) 2015/1957 of 29 October 2015 amending Decision 2012/642/CFSP (OJ L 284, 30.10.2015, p. 149)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP (list of amending acts)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://odb-office.eu/statements_/eucouncilandbelarus/belarus-eu-suspends-restrictive-measures-against-most-persons-and-all-entities-currently-targeted',
        title:
          'Belarus: EU suspends restrictive measures against most persons and all entities currently targeted (Council press release 767/15, reproduced)',
        publisher: 'Office for a Democratic Belarus',
        kind: 'reporting',
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=5c29d45d-b070-4feb-b0a8-61f9ea0e4891',
        title: 'EU suspends sanctions against 170 individuals and three entities in Belarus',
        publisher: 'Lexology',
        kind: 'reporting',
      },
    ],
    note: 'The legal acts were published in the Official Journal of 30 October 2015 and entered into force on 31 October 2015. Counts are from Council press release 767/15 (as reproduced): measures suspended for 170 persons and three entities ("most persons and all entities currently targeted"), four persons remaining subject to them; hence 4 persons and 0 entities in force. The same release says the list was also updated "to take account of recent case law", and implementing decisions of 13 and 31 July 2015 (2015/1142, 2015/1335) amended it, which explains why 201 persons and 18 entities (October 2014) exceed 170 + 4 and 3; those removals were not itemised. BelaPAN (Belsat) later reported the suspension as covering 171 individuals and 10 entities.',
  },
  {
    id: 'eu-2016-02-25-decision-2016-280',
    date: '2016-02-25',
    actor: 'eu',
    action: 'lift',
    instrument: 'Council Decision (CFSP) 2016/280',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets'],
    summary:
      'Did not renew the suspended measures, ending the asset freeze and travel ban on 170 persons, including President Lukashenko, and the asset freeze on 3 entities; the arms embargo and the measures against four persons linked to the 1999-2000 disappearances were kept for a further 12 months.',
    targets: ['Alexander Lukashenko'],
    delisted: { persons: 170, entities: 3 },
    inForce: { persons: 4, entities: 0 },
    modifies: ['eu-2015-10-29-decision-2015-1957', 'eu-2012-10-15-decision-2012-642'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2016/280/oj',
        title:
          'Council Decision (CFSP) 2016/280 of 25 February 2016 amending Decision 2012/642/CFSP (OJ L 52, 27.2.2016, p. 30)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP (list of amending acts)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://euroradio.fm/en/eu-officially-secures-lifting-sanctions-against-belarus',
        title: 'EU officially secures lifting of sanctions against Belarus',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
      {
        url: 'https://tass.com/economy/1046342',
        title: 'EU extends arms embargo and sanctions against four Belarusian individuals',
        publisher: 'TASS',
        kind: 'reporting',
      },
    ],
    note: 'The political decision was taken at the Foreign Affairs Council of 15 February 2016; the legal act is dated 25 February 2016 and was published on 27 February. The Council release of 29 October 2015 and Euroradio/TASS give 3 companies; later Council releases (2019, 2020) say "170 individuals and four companies".',
  },
  {
    id: 'eu-2017-02-27-decision-2017-350',
    date: '2017-02-27',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision (CFSP) 2017/350',
    instrumentType: 'council-decision',
    measures: ['arms', 'travel', 'assets'],
    summary:
      'Prolonged the arms embargo and the asset freeze and travel ban on four persons linked to the 1999-2000 disappearances until 28 February 2018, and introduced an exemption allowing authorised exports of biathlon equipment.',
    targets: ['Vladimir Naumov', 'Viktor Sheyman', 'Yury Sivakov', 'Dmitri Pavlichenko'],
    inForce: { persons: 4 },
    modifies: ['eu-2016-02-25-decision-2016-280'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2017/350/oj',
        title:
          'Council Decision (CFSP) 2017/350 of 27 February 2017 amending Decision 2012/642/CFSP (OJ L 50, 28.2.2017, p. 81)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP (list of amending acts)',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://tass.com/world/932909/amp',
        title: 'EU extends sanctions against Belarus by one year',
        publisher: 'TASS (quoting the Council press release)',
        kind: 'reporting',
      },
      {
        url: 'https://naviny.by/en/article/20170227/1488210870-eu-extends-restrictive-measures-against-belarus-one-year',
        title: 'EU extends restrictive measures against Belarus for one year',
        publisher: 'Naviny.by',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'eu-2018-02-22-renewal',
    date: '2018-02-22',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) of 22 February 2018 amending Decision 2012/642/CFSP (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['arms', 'travel', 'assets'],
    summary:
      'Prolonged the arms embargo and the asset freeze and travel ban on four persons linked to the 1999-2000 disappearances until 28 February 2019, and prolonged the exemption for authorised exports of biathlon equipment, extending it to a limited number of specific-use sporting rifles and pistols.',
    targets: ['Vladimir Naumov', 'Viktor Sheyman', 'Yury Sivakov', 'Dmitri Pavlichenko'],
    inForce: { persons: 4 },
    modifies: ['eu-2017-02-27-decision-2017-350'],
    sources: [
      {
        url: 'https://eu2018bg.bg/de/news/512',
        title:
          'Belarus: EU verlängert Waffenembargo und Sanktionen gegen vier Personen um ein Jahr (23.02.2018; Council decision of 22 February 2018)',
        publisher: 'Bulgarian Presidency of the Council of the EU',
        kind: 'official',
      },
      {
        url: 'https://duerndorfer-zollberatung.de/belarus-verlaengerung-der-restriktiven-massnahmen-um-ein-jahr',
        title: 'Belarus: Verlängerung der restriktiven Maßnahmen um ein Jahr',
        publisher: 'Dürndorfer Zollberatung',
        kind: 'reporting',
      },
      {
        url: 'https://belarusfeed.com/eu-extends-arms-embargo-belarus/',
        title: 'EU Extends Its Arms Embargo Against Belarus, Once Again',
        publisher: 'Belarus Feed',
        kind: 'reporting',
      },
    ],
    note: 'The date is from the presidency text ("Der Rat hat am 22. Februar 2018 beschlossen"); the number of the amending decision was not verified (the consolidated text of Decision 2012/642/CFSP lists it as M12, but the entry was cut off in the copy read).',
  },
  {
    id: 'eu-2019-02-25-decision-2019-325',
    date: '2019-02-25',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision (CFSP) 2019/325',
    instrumentType: 'council-decision',
    measures: ['arms', 'travel', 'assets'],
    summary:
      'Prolonged the arms embargo and the asset freeze and travel ban on four persons linked to the 1999-2000 disappearances until 28 February 2020, and prolonged the exemption for authorised exports of biathlon equipment and certain sporting rifles and pistols.',
    inForce: { persons: 4 },
    modifies: ['eu-2018-02-22-renewal'],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2019/325/oj',
        title: 'Council Decision (CFSP) 2019/325 amending Decision 2012/642/CFSP',
        publisher: EURLEX,
        kind: 'act',
      },
      {
        url: 'https://tass.com/economy/1046342',
        title: 'EU extends arms embargo and sanctions against four Belarusian individuals',
        publisher: 'TASS (quoting the Council statement of 25 February 2019)',
        kind: 'reporting',
      },
      {
        url: 'https://www.awb-international.de/article/belarus-verlaengerung-restriktiver-massnahmen/',
        title: 'Belarus: Verlängerung restriktiver Maßnahmen',
        publisher: 'AWB International',
        kind: 'reporting',
      },
    ],
    note: 'The act number 2019/325 was seen in AWB International\'s notice and the date in news reports quoting the Council statement of Monday 25 February 2019 ("Today the Council decided ..."); the Official Journal text itself was not seen.',
  },
];
