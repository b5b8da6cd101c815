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
        kind: 'report',
      },
      {
        url: 'https://www.data.minsk.by/belarusnews/042006/79.html',
        title:
          'EU ministers to impose travel ban on 31 Belarus officials (Financial Times, 7 April 2006, reprint)',
        publisher: 'Financial Times via data.minsk.by',
        kind: 'report',
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
        kind: 'report',
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
        kind: 'report',
      },
      {
        url: 'https://www.baltictimes.com/news/articles/15118/',
        title: 'EU imposes travel ban on Lukashenko, other officials (RFE/RL)',
        publisher: 'The Baltic Times',
        kind: 'report',
      },
    ],
    note: 'The count of 31 (Lukashenko and 30 others) is from news reports of the 10 April 2006 Council meeting; the annex was not seen. Later reports give the combined list after April 2006 as 37 (Euroradio/BelaPAN; RIA Novosti: "extended from six persons to 37").',
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
    listed: { persons: 36 },
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
        kind: 'report',
      },
      {
        url: 'https://www.awa-seminare.com/artikel/ausweitung-des-embargos-gegen-praesident-lukaschenko-und-weitere-belarussische-amtstrae-200605260829/',
        title: 'Ausweitung des Embargos gegen Präsident Lukaschenko und weitere belarussische Amtsträger',
        publisher: 'AWA Außenwirtschafts-Akademie',
        kind: 'report',
      },
    ],
    note: 'The asset freeze was decided in Common Position 2006/362/CFSP of 18 May 2006 and implemented by Regulation 765/2006 of the same day. The count of 36 persons is from the Council press text (as reproduced by the Office for a Democratic Belarus), which describes the Common Position annex; the Regulation annex was not seen.',
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
        kind: 'report',
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
      'Council Decision of 31 January 2011 amending Decision 2010/639/CFSP, with a Council Regulation amending Regulation (EC) No 765/2006',
    instrumentType: 'council-decision',
    measures: ['travel', 'assets'],
    summary:
      'After the 19 December 2010 presidential election, re-applied the travel ban suspended since October 2008 and imposed a travel ban and asset freeze on officials held responsible for the fraudulent election and the subsequent crackdown on the opposition, civil society and media.',
    targets: ['Alexander Lukashenko'],
    modifies: ['eu-2006-04-10-cp-2006-276', 'eu-2008-11-10-cp-2008-844', 'eu-2010-10-25-decision-2010-639'],
    sources: [
      {
        url: 'https://en.eurobelarus.info/news/archive/2011/01/31/council-conclusions-on-belarus--3065th-foreign-affairs-council-meeting--brussels--31-january-2011-.html',
        title:
          'Council conclusions on Belarus, 3065th Foreign Affairs Council meeting, Brussels, 31 January 2011 (reproduced)',
        publisher: 'EuroBelarus',
        kind: 'report',
      },
      {
        url: 'http://www.data.minsk.by/belarusnews/022011/25.html',
        title: 'EU Foreign Ministers agree sanctions against Belarusian officials',
        publisher: 'data.minsk.by',
        kind: 'report',
      },
      {
        url: 'http://data.minsk.by/belarusnews/012011/808.html',
        title: 'EU reinstates travel ban on Lukashenko government (Europolitics, 31 January 2011, reprint)',
        publisher: 'Europolitics via data.minsk.by',
        kind: 'report',
      },
    ],
    note: 'The numbers of the Decision and Regulation were not verified. The total listed is reported as 158 persons (Europolitics) or 156 (BelaPAN via Viasna); no official total was seen, so no count is recorded.',
  },
  {
    id: 'eu-2011-06-20-arms-embargo',
    date: '2011-06-20',
    actor: 'eu',
    action: 'impose',
    instrument:
      'Council Decision amending Decision 2010/639/CFSP and Council Regulation amending Regulation (EC) No 765/2006 (20 June 2011)',
    instrumentType: 'council-decision',
    measures: ['arms', 'assets', 'travel'],
    summary:
      'Imposed an embargo on arms and on equipment that could be used for internal repression, froze the assets of three companies linked to the regime (the first entity listings), and added four persons to the travel ban and asset freeze list.',
    targets: ['arms and internal-repression equipment', 'companies of Vladimir Peftiev'],
    listed: { persons: 4, entities: 3 },
    sources: [
      {
        url: 'http://ue.eu.int/homepage/highlights/stronger-sanctions-on-belarus?lang=en',
        title: 'Stronger sanctions on Belarus',
        publisher: 'Council of the European Union',
        kind: 'release',
      },
      {
        url: 'https://eumonitor.eu/9353000/1/j4nvhdfcs8bljza_j9vvik7m1c3gyxp/viq75sagfnz5',
        title:
          'Legal provisions of COM(2011)362 - Amendment of Council Regulation (EC) No 765/2006 (internal repression equipment)',
        publisher: 'EU Monitor',
        kind: 'report',
      },
      {
        url: 'https://spring96.org/en/news/53381',
        title: 'EU may expand blacklist of Belarusians',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'report',
      },
    ],
    note: 'The Council release says the four persons were added "to the list of 188" already subject to the measures. The numbers of the Decision and Regulation were not verified. That the three companies belong to Vladimir Peftiev is from Viasna/BelaPAN. Later Council releases (2019, 2020) refer to "four companies" lifted in 2016.',
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
        kind: 'report',
      },
      {
        url: 'http://www.hjalmarsonfoundation.se/2011/10/eu-imposes-new-restrictive-measures-against-belarus/',
        title: 'EU imposes new restrictive measures against Belarus',
        publisher: 'Jarl Hjalmarson Foundation',
        kind: 'report',
      },
    ],
    note: 'The count of 16 is from news reports of the Council decision; Euroradio says they were added to 192 persons already listed.',
  },
  {
    id: 'eu-2012-02-28-listings-21',
    date: '2012-02-28',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council implementing acts of 28 February 2012 under Decision 2010/639/CFSP and Regulation (EC) No 765/2006',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'Added 21 persons responsible for the repression of civil society and the democratic opposition to the travel ban and asset freeze list.',
    listed: { persons: 21 },
    sources: [
      {
        url: 'https://eeas.europa.eu/archives/delegations/belarus/press_corner/all_news/news/2012/28_02_2012_en.htm',
        title:
          'Council reinforces restrictive measures against the Belarusian regime (Brussels, 28 February 2012)',
        publisher: 'European External Action Service (EU Delegation to Belarus)',
        kind: 'release',
      },
      {
        url: 'https://spring96.org/en/news/50344',
        title: 'EU blacklists 21 more Belarusians',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'report',
      },
    ],
    note: 'The release says more than 200 individuals were already listed; BelaPAN reported the total after this action as 222 and dated the Council decision 27 February 2012 (the Foreign Affairs Council meeting). The release dates it 28 February 2012; the legal acts were published in the Official Journal of 29 February. Act numbers not verified.',
  },
  {
    id: 'eu-2012-03-23-listings-12-29',
    date: '2012-03-23',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council implementing acts of 23 March 2012 under Decision 2010/639/CFSP and Regulation (EC) No 765/2006',
    instrumentType: 'implementing-act',
    measures: ['travel', 'assets'],
    summary:
      'Added 12 persons, including businessmen supporting the regime, to the travel ban and asset freeze list, and froze the assets of 29 entities controlled by listed persons.',
    targets: ['Yury Chyzh', 'Anatoly Ternavsky', 'companies of Vladimir Peftiev'],
    listed: { persons: 12, entities: 29 },
    sources: [
      {
        url: 'https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1199405',
        title: 'Summary of Council conclusions on Belarus (Foreign Affairs Council, March 2012)',
        publisher: 'European Parliament Legislative Observatory',
        kind: 'report',
      },
      {
        url: 'http://europarussia.com/posts/3306',
        title: 'EU sanctions 12 more Belarusians and 29 companies (BelaPAN)',
        publisher: 'europarussia.com (citing BelaPAN)',
        kind: 'report',
      },
      {
        url: 'https://spring96.org/en/news/53381',
        title: 'EU may expand blacklist of Belarusians',
        publisher: 'Viasna (citing BelaPAN)',
        kind: 'report',
      },
    ],
    note: 'Only secondary sources were found: the EP Legislative Observatory summary of the Council conclusions (12 persons, plus businessmen and companies) and BelaPAN (12 persons, 29 entities, decided on 23 March 2012 at the 22-23 March Foreign Affairs Council). Act numbers not verified.',
  },
  {
    id: 'eu-2012-10-15-decision-2012-642',
    date: '2012-10-15',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision 2012/642/CFSP',
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
        url: 'https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1229576',
        title:
          'Summary of Council conclusions on Belarus (October 2012): measures prolonged until 31 October 2013',
        publisher: 'European Parliament Legislative Observatory',
        kind: 'report',
      },
    ],
  },
  {
    id: 'eu-2013-10-29-decision-2013-534',
    date: '2013-10-29',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision 2013/534/CFSP',
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
        url: 'https://fr.sputniknews.africa/20131029/199672879.html',
        title: 'Council press release on Belarus sanctions, 29 October 2013 (quoted)',
        publisher: 'Sputnik',
        kind: 'report',
      },
      {
        url: 'https://pravda.com.ua/rus/news/2013/10/29/7000997',
        title: 'Совет Евросоюза продлил санкции в отношении Беларуси',
        publisher: 'Ukrainska Pravda (citing BBC and the Council press service)',
        kind: 'report',
      },
    ],
    note: 'The total of 232 persons and 25 entities is the figure of the Council press release as quoted by Sputnik and Ukrainska Pravda; the release itself was not seen.',
  },
  {
    id: 'eu-2014-10-30-decision-2014-750',
    date: '2014-10-30',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision 2014/750/CFSP',
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
        url: 'https://euroradio.fm/en/eu-extends-sanctions-belarus-removes-24-people-black-list',
        title: 'EU extends sanctions for Belarus but removes 24 people from black list',
        publisher: 'Euroradio (citing the Council press office)',
        kind: 'report',
      },
      {
        url: 'https://ria.ru/20141030/1030965961.html?in=t',
        title: 'Совет ЕС продлил до 31 октября 2015 года санкции против Белоруссии',
        publisher: 'RIA Novosti',
        kind: 'report',
      },
    ],
    note: 'The counts of 24 persons and 7 entities delisted are from the Council press release as reported by Euroradio and RIA Novosti; no official total after the action was seen.',
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
        kind: 'report',
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=5c29d45d-b070-4feb-b0a8-61f9ea0e4891',
        title: 'EU suspends sanctions against 170 individuals and three entities in Belarus',
        publisher: 'Lexology',
        kind: 'report',
      },
    ],
    note: 'The legal acts were published in the Official Journal of 30 October 2015 and entered into force on 31 October 2015. Counts are from Council press release 767/15 (as reproduced); BelaPAN (Belsat) later reported the suspension as covering 171 individuals and 10 entities.',
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
    inForce: { persons: 4 },
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
        kind: 'report',
      },
      {
        url: 'https://tass.com/economy/1046342',
        title: 'EU extends arms embargo and sanctions against four Belarusian individuals',
        publisher: 'TASS',
        kind: 'report',
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
        kind: 'report',
      },
      {
        url: 'https://naviny.by/en/article/20170227/1488210870-eu-extends-restrictive-measures-against-belarus-one-year',
        title: 'EU extends restrictive measures against Belarus for one year',
        publisher: 'Naviny.by',
        kind: 'report',
      },
    ],
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
    modifies: ['eu-2017-02-27-decision-2017-350'],
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
        kind: 'report',
      },
      {
        url: 'https://www.awb-international.de/article/belarus-verlaengerung-restriktiver-massnahmen/',
        title: 'Belarus: Verlängerung restriktiver Maßnahmen',
        publisher: 'AWB International',
        kind: 'report',
      },
    ],
    note: 'The act number 2019/325 was seen in AWB International\'s notice and the date in news reports quoting the Council statement of Monday 25 February 2019 ("Today the Council decided ..."); the Official Journal text itself was not seen.',
  },
];
