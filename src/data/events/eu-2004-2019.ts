import { canonicalActUrl } from '../acts';
import type { SanctionsEventInput, Source } from '../schema';

/** A Council act cited at its canonical EUR-Lex address, by CELEX number. */
function celex(id: string, title: string): Source {
  return {
    url: canonicalActUrl({ scheme: 'celex', id }),
    title,
    publisher: 'EUR-Lex',
    kind: 'act',
    identifier: { scheme: 'celex', id },
  };
}

/** The consolidated text of Decision 2012/642/CFSP (version of 19.02.2020), whose list of amending acts dates the acts of 2013-2017. */
const CONSOLIDATED_2012_642: Source = {
  url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
  title: 'Consolidated text of Council Decision 2012/642/CFSP (version of 19.02.2020), list of amending acts',
  publisher: 'EUR-Lex',
  kind: 'act',
};

/** BelaPAN's chronology of the 2011-2012 listings, as published by Viasna. */
const VIASNA_CHRONOLOGY = 'https://spring96.org/en/news/50344';

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
      celex(
        '32004E0661',
        'Council Common Position 2004/661/CFSP of 24 September 2004 concerning restrictive measures against certain officials of Belarus (OJ L 301, 28.9.2004, p. 67)',
      ),
      {
        url: 'https://euroradio.by/en/eu-likely-extend-sanctions-against-belarus-officials',
        title:
          'EU likely to extend sanctions against Belarus officials (BelaPAN: the initial list comprised Navumau, Sheiman, Sivakou and Paulyuchenka)',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'The recitals of the act name Sheyman, Sivakov and Pavlichenko; the count of four (adding Interior Minister Naumov) is from BelaPAN as reported by Euroradio and is not confirmed from the annex. A Financial Times report of 7 April 2006 also spoke of "four who were deemed to be key actors in disappearances".',
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
    modifies: ['eu-2004-09-24-cp-2004-661'],
    sources: [
      celex(
        '32004E0848',
        'Council Common Position 2004/848/CFSP of 13 December 2004 amending Common Position 2004/661/CFSP (OJ L 367, 14.12.2004, p. 35)',
      ),
      {
        url: 'https://euroradio.by/en/eu-likely-extend-sanctions-against-belarus-officials',
        title:
          'EU likely to extend sanctions against Belarus officials (BelaPAN: Yarmoshyna and Padabed added in December 2004)',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'The Council decided on the restrictions on 22 November 2004 (recital 4); the Common Position implementing them is dated 13 December 2004. The count of two (CEC chair Yermoshina and special police regiment commander Podobed) is from BelaPAN as reported by Euroradio and is not confirmed from the annex.',
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
    modifies: ['eu-2004-09-24-cp-2004-661'],
    sources: [
      celex(
        '32006E0276',
        'Council Common Position 2006/276/CFSP of 10 April 2006 concerning restrictive measures against certain officials of Belarus and repealing Common Position 2004/661/CFSP (OJ L 101, 11.4.2006, p. 5)',
      ),
      {
        url: 'https://www.theguardian.com/world/2006/apr/10/eu.politics?INTCMP=ILCNETTXT3487',
        title: 'EU visa ban for Belarus leaders',
        publisher: 'The Guardian',
        kind: 'reporting',
      },
      {
        url: 'https://www.baltictimes.com/news/articles/15118/',
        title: 'EU imposes travel ban on Lukashenko, other officials (RFE/RL, Ahto Lobjakas): 31 officials',
        publisher: 'The Baltic Times',
        kind: 'reporting',
      },
      {
        url: 'https://euroradio.by/en/eu-likely-extend-sanctions-against-belarus-officials',
        title:
          'EU likely to extend sanctions against Belarus officials (BelaPAN: "In April 2006, the list was expanded to include a total of 37 people")',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'The count of 31 (Lukashenko and 30 others) is from RFE/RL (via The Baltic Times) and other reports of the 10 April 2006 Council meeting and is not confirmed from the annex. Common Position 2006/276/CFSP replaced 2004/661/CFSP, and BelaPAN gives the combined list after April 2006 as 37, which equals the 6 persons listed in 2004 plus the 31 recorded here.',
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
    uncounted:
      'The Council text lists 36 persons for the asset freeze, but no source says how many of them were not already under the April 2006 travel ban, so no newly listed count is known.',
    sources: [
      celex(
        '32006R0765',
        'Council Regulation (EC) No 765/2006 of 18 May 2006 concerning restrictive measures against President Lukashenko and certain officials of Belarus (OJ L 134, 20.5.2006, p. 1)',
      ),
      celex(
        '32006E0362',
        'Council Common Position 2006/362/CFSP of 18 May 2006 amending Common Position 2006/276/CFSP',
      ),
    ],
    note: 'The asset freeze was decided in Common Position 2006/362/CFSP of 18 May 2006 and implemented by Regulation 765/2006 of the same day. According to the Council’s press text, the Common Position lists 36 persons, including President Lukashenko, and the freeze is "in addition to" the travel restrictions of 10 April 2006. The 36, not confirmed from the Regulation’s annex, are not added to the running total (which stays at the 37 reported for the April 2006 travel-ban list).',
  },
  {
    id: 'eu-2007-03-19-renewal',
    date: '2007-03-19',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council common position of 19 March 2007 extending Common Position 2006/276/CFSP',
    instrumentType: 'common-position',
    measures: ['travel', 'assets'],
    summary:
      'Extended the travel ban and asset freeze against Belarusian officials for one year, to 10 April 2008.',
    modifies: ['eu-2006-04-10-cp-2006-276'],
    sources: [
      {
        url: 'https://www2.senat.fr/ue/pac/E3810.html',
        title:
          'Texte E 3810: Prorogation de mesures restrictives à l\'encontre de certains fonctionnaires de Biélorussie (Common Position 2006/276/CFSP, "complétée en mars 2007", bans entry and freezes assets until 10 April 2008)',
        publisher: 'French Senate (Sénat)',
        kind: 'analysis',
      },
      {
        url: 'https://euobserver.com/eu-and-the-world/ar52a68d19',
        title: 'EU renews Belarus sanctions ahead of Minsk opposition rally',
        publisher: 'EUobserver',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      "No official text of the common position of March 2007 that extended the measures is available in the Official Journal or on EUR-Lex; the extension is known from the French Senate's record of the Council text and from EUobserver.",
    note: "EUobserver reports the extension was adopted by the Council on 19 March 2007 and that the ban covered 35 officials; the French Senate's EU delegation notes that Common Position 2006/276/CFSP was supplemented in March 2007 and ran until 10 April 2008. The number of the 2007 common position is not known.",
  },
  {
    id: 'eu-2008-04-07-renewal',
    date: '2008-04-07',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council common position of 7 April 2008 extending Common Position 2006/276/CFSP (Council document E 3810)',
    instrumentType: 'common-position',
    measures: ['travel', 'assets'],
    summary:
      'Extended the travel ban and asset freeze against Belarusian officials for a further year, to 10 April 2009, with the list of persons unchanged.',
    modifies: ['eu-2006-04-10-cp-2006-276', 'eu-2007-03-19-renewal'],
    sources: [
      {
        url: 'https://www2.senat.fr/ue/pac/E3810.html',
        title:
          "Texte E 3810: Prorogation de mesures restrictives à l'encontre de certains fonctionnaires de Biélorussie (date of adoption by the EU institutions: 07/04/2008; extension until 10 April 2009)",
        publisher: 'French Senate (Sénat)',
        kind: 'analysis',
      },
      {
        url: 'https://euroradio.by/en/eu-likely-extend-sanctions-against-belarus-officials',
        title:
          'EU likely to extend sanctions against Belarus officials (BelaPAN: the Council was to consider a one-year extension on 7 April)',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      "No official text of the common position of 7 April 2008 that extended the measures, or of the Council release announcing it, is available; the extension is known from the French Senate's record of the Council text and from BelaPAN.",
    note: 'The adoption date (7 April 2008) and the new end date (10 April 2009) are from the French Senate\'s record of the Council text E 3810. The Council\'s announcement said that "the list of persons affected by the restrictive measures remains unchanged". The number of the common position is not known.',
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
      'Extended the restrictive measures for 12 months and suspended for six months the travel ban on most listed officials, keeping it for those involved in the 1999-2000 disappearances and the chair of the Central Electoral Commission; the asset freeze stayed in force.',
    targets: ['Alexander Lukashenko'],
    uncounted:
      'Only the travel ban was suspended and the asset freeze stayed in force, so no one left the list; neither the act nor any known Council release states how many travel bans were suspended.',
    modifies: ['eu-2006-04-10-cp-2006-276', 'eu-2008-04-07-renewal'],
    sources: [
      celex(
        '32008E0844',
        'Council Common Position 2008/844/CFSP of 10 November 2008 amending Common Position 2006/276/CFSP (OJ L 300, 11.11.2008, p. 56)',
      ),
      celex(
        '32009E0314',
        'Council Common Position 2009/314/CFSP, recital 2 (extension to 13 October 2009, suspension to 13 April 2009, except for those involved in the 1999-2000 disappearances and the President of the Central Electoral Commission)',
      ),
      {
        url: 'https://www.dw.com/en/eu-temporarily-lifts-travel-sanctions-on-belarus/a-3707407',
        title:
          'EU Temporarily Lifts Travel Sanctions on Belarus (13 October 2008): travel bans suspended for six months, asset freeze kept',
        publisher: 'Deutsche Welle',
        kind: 'reporting',
      },
    ],
    note: 'The Council agreed the extension and the suspension on 13 October 2008 (recital 2 of Common Position 2009/314/CFSP); the Common Position giving effect to it is dated 10 November 2008. Per Common Position 2009/314/CFSP, the measures were extended to 13 October 2009 and the travel bans suspended to 13 April 2009. A Reuters report said 41 officials had been under the travel ban and five (Yermoshina and the four linked to the disappearances) stayed banned, which would mean 36 suspensions; no official count is known.',
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
      celex(
        '32009E0314',
        'Council Common Position 2009/314/CFSP of 6 April 2009 amending Common Position 2006/276/CFSP and repealing Common Position 2008/844/CFSP (OJ L 93, 7.4.2009, p. 21)',
      ),
      celex(
        '32009D0969',
        'Council Decision 2009/969/CFSP, recital 2 (measures extended until 15 March 2010, travel restrictions suspended until 15 December 2009)',
      ),
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
      celex(
        '32009D0969',
        'Council Decision 2009/969/CFSP of 15 December 2009 extending the restrictive measures against certain officials of Belarus laid down in Common Position 2006/276/CFSP, and repealing Common Position 2009/314/CFSP (OJ L 332, 17.12.2009, p. 76)',
      ),
      celex(
        '32010D0639',
        'Council Decision 2010/639/CFSP, recital 3 (measures extended until 31 October 2010)',
      ),
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
      celex(
        '32010D0639',
        'Council Decision 2010/639/CFSP of 25 October 2010 concerning restrictive measures against certain officials of Belarus',
      ),
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
      celex(
        '32011R0084',
        'Council Regulation (EU) No 84/2011 of 31 January 2011 amending Regulation (EC) No 765/2006 (OJ L 28, 2.2.2011, p. 17)',
      ),
      {
        url: VIASNA_CHRONOLOGY,
        title:
          'EU blacklists 21 more Belarusians (BelaPAN chronology: 156 listed on 31 January 2011, 19 more in March, 13 in May, 4 in June, 16 in October, 2 in December)',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The Regulation number and date are as the consolidated text of Regulation 765/2006 lists its amending acts (M4: OJ L 28, 2.2.2011, p. 17); the number of the parallel Decision is not verified. The new lists replaced those of 2006. The total of 156 persons is estimated: no Council figure for 31 January 2011 is known, but the Council said on 22 June 2011 that 188 persons were listed before the June additions, and 188 less the 19 added in March and the 13 added in May gives 156, which is also BelaPAN\'s figure. Europolitics and UPI reported 158 persons (visa ban on "Lukashenko and 157 others"); Telegraf reported 158 visa bans and 157 asset freezes.',
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
      celex(
        '32011R0271',
        'Council Implementing Regulation (EU) No 271/2011 of 21 March 2011 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 76, 22.3.2011, p. 13)',
      ),
      {
        url: VIASNA_CHRONOLOGY,
        title: 'EU blacklists 21 more Belarusians (BelaPAN chronology: 19 more in March 2011)',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The Regulation number and date are as the consolidated text of Regulation 765/2006 lists its amending acts (M5); the count of 19 is from BelaPAN and news reports of the Foreign Affairs Council of 21 March 2011. The parallel implementing decision is not identified.',
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
      celex(
        '32011R0505',
        'Council Implementing Regulation (EU) No 505/2011 of 23 May 2011 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 136, 24.5.2011, p. 48)',
      ),
      {
        url: 'http://ue.eu.int/homepage/highlights/stronger-sanctions-on-belarus?lang=en',
        title:
          'Stronger sanctions on Belarus (22 June 2011): four individuals added "to the list of 188, including President Lukashenko"',
        publisher: 'Council of the European Union (former address ue.eu.int)',
        kind: 'official',
      },
      {
        url: VIASNA_CHRONOLOGY,
        title: 'EU blacklists 21 more Belarusians (BelaPAN chronology: 13 more in May 2011)',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The total of 188 is the Council figure of 22 June 2011 for the list before the four June additions, i.e. after this action. The Regulation number and date are as the consolidated text of Regulation 765/2006 lists its amending acts (M6). A blog quoting the High Representative gave the list as 175 extended by 13 to 188; Survincity reported 198 after this round, which is not consistent with the Council total.',
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
      'BT Telecommunications',
    ],
    listed: { persons: 4, entities: 3 },
    sources: [
      celex(
        '32011D0357',
        'Council Decision 2011/357/CFSP of 20 June 2011 amending Decision 2010/639/CFSP (OJ L 161, 21.6.2011, p. 25)',
      ),
      celex(
        '32011R0588',
        'Council Regulation (EU) No 588/2011 of 20 June 2011 amending Regulation (EC) No 765/2006 (OJ L 161, 21.6.2011, p. 1)',
      ),
      {
        url: 'http://ue.eu.int/homepage/highlights/stronger-sanctions-on-belarus?lang=en',
        title: 'Stronger sanctions on Belarus (22 June 2011)',
        publisher: 'Council of the European Union (former address ue.eu.int)',
        kind: 'official',
      },
      {
        url: 'https://curia.europa.eu/juris/document/document.jsf?docid=160486&doclang=EN',
        title:
          'Judgment of the General Court of 9 December 2014, BT Telecommunications v Council, T-440/11 (action against Decision 2011/357/CFSP and Regulation (EU) No 588/2011 of 20 June 2011 in so far as they concern the applicant)',
        publisher: 'Court of Justice of the European Union',
        kind: 'official',
      },
      {
        url: 'https://spring96.org/en/news/53381',
        title: 'EU may expand blacklist of Belarusians (BelaPAN)',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The Council release says the four persons were added "to the list of 188" already subject to the measures, giving 192 persons and 3 entities (Belsat and Euroradio later reported 192 officials listed before October 2011). The three entities are BelTechExport ZAO, Sport-pari ZAO and BT Telecommunications PUE, each of which brought an action against these acts (General Court, T-438/11, T-439/11 and T-440/11, judgments of 9 December 2014); that they belong to Vladimir Peftiev is from Viasna/BelaPAN. Later Council releases (2019, 2020) refer to "four companies" lifted in 2016.',
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
      celex(
        '32011D0666',
        'Council Decision 2011/666/CFSP of 10 October 2011 amending Decision 2010/639/CFSP concerning restrictive measures against Belarus (OJ L 265, 11.10.2011, p. 17)',
      ),
      celex(
        '32011R0999',
        'Council Regulation (EU) No 999/2011 of 10 October 2011 amending Regulation (EC) No 765/2006',
      ),
      celex(
        '32011R1000',
        'Council Implementing Regulation (EU) No 1000/2011 of 10 October 2011 implementing Article 8a(1) of Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://euroradio.fm/en/report/eu-ministers-impose-new-limitations-minsk-63409',
        title: 'EU Ministers impose new limitations on Minsk',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'The count of 16 is from news reports of the Council decision; Euroradio says they were added to 192 persons already listed. The act numbers are as the table of contents of OJ L 265 of 11 October 2011 and legislation.gov.uk give them.',
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
      celex(
        '32011R1320',
        'Council Implementing Regulation (EU) No 1320/2011 of 16 December 2011 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 335, 17.12.2011, p. 15)',
      ),
      {
        url: VIASNA_CHRONOLOGY,
        title:
          'EU blacklists 21 more Belarusians (BelaPAN: "In December, it added the judge and the public prosecutor in the trial of ... Ales Byalyatski")',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The Regulation number and date are as the consolidated text of Regulation 765/2006 lists its amending acts (M10); the count of two persons is from BelaPAN and is not confirmed from the text of the Regulation.',
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
    uncounted: 'A change of listing criteria: no one was listed by this act itself.',
    sources: [
      celex(
        '32012R0114',
        'Council Regulation (EU) No 114/2012 of 10 February 2012 amending Regulation (EC) No 765/2006 (OJ L 38, 11.2.2012, p. 3)',
      ),
      {
        url: VIASNA_CHRONOLOGY,
        title:
          'EU blacklists 21 more Belarusians (BelaPAN: "On February 10, the EU Council broadened the criteria for imposing sanctions")',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The Regulation number and date are as the consolidated text of Regulation 765/2006 lists its amending acts (M11); what the change covered is from BelaPAN. The wording of the new criteria and the number of the parallel CFSP decision are not given here.',
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
      celex(
        '32012R0170',
        'Council Implementing Regulation (EU) No 170/2012 of 28 February 2012 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 55, 29.2.2012, p. 1)',
      ),
      {
        url: 'https://eeas.europa.eu/archives/delegations/belarus/press_corner/all_news/news/2012/28_02_2012_en.htm',
        title:
          'Council reinforces restrictive measures against the Belarusian regime (Brussels, 28 February 2012; EU Delegation to Belarus)',
        publisher: 'European External Action Service',
        kind: 'official',
      },
      {
        url: VIASNA_CHRONOLOGY,
        title: 'EU blacklists 21 more Belarusians',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The release says more than 200 individuals were already listed; BelaPAN dated the Council decision 27 February 2012 (the Foreign Affairs Council meeting) and put the total after it at 222, which does not agree with its own chronology (156 + 19 + 13 + 4 + 16 + 2 + 21 = 231); the running figure here is 231. The release dates the decision 28 February 2012, the date also borne by the Implementing Regulation (M12 in the consolidated text of Regulation 765/2006); the acts were published in the Official Journal of 29 February. The number of the parallel implementing decision is not verified.',
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
    unnamed:
      'The annex of the Council acts names the 29 entities; only FC Dynamo-Minsk, which challenged its listing in court, is identified here.',
    sources: [
      celex(
        '32012D0171',
        'Council Implementing Decision 2012/171/CFSP of 23 March 2012 implementing Decision 2010/639/CFSP (OJ L 87, 24.3.2012, p. 95)',
      ),
      celex(
        '32012R0265',
        'Council Implementing Regulation (EU) No 265/2012 of 23 March 2012 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 87, 24.3.2012, p. 37)',
      ),
      {
        url: 'https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1199405',
        title:
          'Legislative Observatory: summary of the Council conclusions on Belarus (Foreign Affairs Council, March 2012)',
        publisher: 'European Parliament',
        kind: 'official',
      },
      {
        url: 'https://spring96.org/en/news/53381',
        title: 'EU may expand blacklist of Belarusians (BelaPAN)',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    note: 'The act numbers and dates are from the list of amending acts in the consolidated text of Regulation 765/2006 (M13) and from the General Court judgment of 6 October 2015 in T-275/12 (FC Dynamo-Minsk v Council, listed by these acts). The counts, not confirmed from the annexes, are from the EP Legislative Observatory summary of the Council conclusions (12 persons, plus businessmen and companies) and BelaPAN (12 persons, 29 entities). After this round the running figure is 243 persons and 32 entities, which matches the peak that BelaPAN (via Belsat) and Foreign Minister Makei (via Charter 97) later gave for the list ("as many as 243 Belarusian individuals and 32 business entities").',
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
      celex(
        '32012D0642',
        'Council Decision 2012/642/CFSP of 15 October 2012 concerning restrictive measures against Belarus (OJ L 285, 17.10.2012, p. 1)',
      ),
      celex(
        '32012R1017',
        'Council Implementing Regulation (EU) No 1017/2012 of 6 November 2012 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ L 307, 7.11.2012, p. 7)',
      ),
      {
        url: 'https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1229576',
        title:
          'Legislative Observatory: summary of the Council conclusions on Belarus (October 2012): measures prolonged until 31 October 2013',
        publisher: 'European Parliament',
        kind: 'official',
      },
    ],
    note: 'Implementing Regulation (EU) No 1017/2012 of 6 November 2012 (OJ L 307, p. 7), implementing Article 8a(1) of Regulation 765/2006, is named alongside this Decision in the General Court judgment in T-275/12; what it changed is not described here.',
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
      celex(
        '32013D0534',
        'Council Decision 2013/534/CFSP of 29 October 2013 amending Decision 2012/642/CFSP (OJ L 288, 30.10.2013, p. 69)',
      ),
      celex(
        '32013R1054',
        'Council Implementing Regulation (EU) No 1054/2013 of 29 October 2013 implementing Article 8a(1) of Regulation (EC) No 765/2006',
      ),
      CONSOLIDATED_2012_642,
      {
        url: 'https://pravda.com.ua/rus/news/2013/10/29/7000997',
        title:
          'Совет Евросоюза продлил санкции в отношении Беларуси (citing BBC and the Council press service: 232 persons and 25 entities)',
        publisher: 'Ukrainska Pravda',
        kind: 'reporting',
      },
    ],
    note: 'The total of 232 persons and 25 entities is the figure of the Council press release as quoted by Ukrainska Pravda. Charter 97 reported that in the 2013 update 13 persons were removed and two heads of the Babruisk penal colony added; earlier amending acts of 29 May and 24 June 2013 (Implementing Decision 2013/248/CFSP, Decision 2013/308/CFSP) and of 20 January 2014 (Implementing Decision 2014/24/CFSP) are listed in the consolidated text, but what they changed is not known here, so the changes between the 243 persons and 32 entities of March 2012 and this total are not itemised and no delisting record is kept for them.',
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
      celex(
        '32014D0439',
        'Council Implementing Decision 2014/439/CFSP of 8 July 2014 implementing Decision 2012/642/CFSP (OJ L 200, 9.7.2014, p. 13)',
      ),
      CONSOLIDATED_2012_642,
      {
        url: 'https://charter97.org/en/news/2014/7/9/106250/',
        title: '8 Belarusian officials crossed off EU black list',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
    ],
    note: 'Counts are from the Council press office as quoted by BelaPAN and by Charter 97. BelaPAN gives the total after this action as 225 individuals and 25 entities, which equals the running figure (232 - 8 + 1 persons; 25 entities). The number of the parallel implementing regulation is not verified.',
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
    unnamed:
      'The annex of the Council acts names the 7 entities removed from the list; they are not identified here.',
    modifies: ['eu-2012-10-15-decision-2012-642'],
    sources: [
      celex(
        '32014D0750',
        'Council Decision 2014/750/CFSP of 30 October 2014 amending Decision 2012/642/CFSP (OJ L 311, 31.10.2014, p. 39)',
      ),
      celex(
        '32014R1159',
        'Council Implementing Regulation (EU) No 1159/2014 of 30 October 2014 implementing Article 8a of Regulation (EC) No 765/2006',
      ),
      CONSOLIDATED_2012_642,
      {
        url: 'https://euroradio.fm/en/eu-extends-sanctions-belarus-removes-24-people-black-list',
        title:
          'EU extends sanctions for Belarus but removes 24 people from black list (citing the Council press office: "24 people and 7 companies")',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'The counts of 24 persons and 7 entities delisted are from the Council press release as reported by Euroradio and BelaPAN. BelaPAN gives the total after the action as 201 individuals and 18 entities, which equals the running figure (225 - 24; 25 - 7); no official total is known. A blog summary giving 219 officials and 25 companies is not consistent with these figures.',
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
    targets: ['Alexander Lukashenko'],
    delisted: { persons: 170, entities: 3 },
    unnamed:
      'The annex of the Council acts names the 3 entities whose asset freeze was suspended; they are not identified here.',
    inForce: { persons: 4, entities: 0 },
    modifies: ['eu-2012-10-15-decision-2012-642', 'eu-2014-10-30-decision-2014-750'],
    sources: [
      celex(
        '32015D1957',
        'Council Decision (CFSP) 2015/1957 of 29 October 2015 amending Decision 2012/642/CFSP (OJ L 284, 30.10.2015, p. 149)',
      ),
      celex(
        '32015R1949',
        'Council Implementing Regulation (EU) 2015/1949 of 29 October 2015 implementing Article 8a of Regulation (EC) No 765/2006',
      ),
      CONSOLIDATED_2012_642,
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=5c29d45d-b070-4feb-b0a8-61f9ea0e4891',
        title: 'EU suspends sanctions against 170 individuals and three entities in Belarus',
        publisher: 'Lexology',
        kind: 'analysis',
      },
    ],
    note: 'The legal acts were published in the Official Journal of 30 October 2015 and entered into force on 31 October 2015. Counts are from Council press release 767/15 and the Lexology note: measures suspended for 170 persons and three entities ("most persons and all entities currently targeted"), four persons remaining subject to them; hence 4 persons and 0 entities in force. The same release says the list was also updated "to take account of recent case law", and implementing decisions of 13 and 31 July 2015 (2015/1142, 2015/1335, in the consolidated text) amended it, which explains why 201 persons and 18 entities (October 2014) exceed 170 + 4 and 3; those removals were not itemised. BelaPAN (Belsat) later reported the suspension as covering 171 individuals and 10 entities.',
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
    unnamed:
      'The 3 entities are those whose asset freeze was suspended in October 2015; they are not identified here.',
    inForce: { persons: 4, entities: 0 },
    modifies: ['eu-2015-10-29-decision-2015-1957', 'eu-2012-10-15-decision-2012-642'],
    sources: [
      celex(
        '32016D0280',
        'Council Decision (CFSP) 2016/280 of 25 February 2016 amending Decision 2012/642/CFSP (OJ L 52, 27.2.2016, p. 30)',
      ),
      CONSOLIDATED_2012_642,
      {
        url: 'https://euroradio.fm/en/eu-officially-secures-lifting-sanctions-against-belarus',
        title: 'EU officially secures lifting of sanctions against Belarus',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
      {
        url: 'https://staging.rferl.org/a/eu-prolongs-arms-embargo-belarus/28334905.html',
        title:
          'EU prolongs arms embargo on Belarus (27 February 2017): "The EU removed the companies and 170 people, including Lukashenka, from the sanctions list in February 2016"',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
    ],
    note: 'The political decision was taken at the Foreign Affairs Council of 15 February 2016; the legal act is dated 25 February 2016 and was published on 27 February. The measures on these persons were suspended from 31 October 2015 (eu-2015-10-29-decision-2015-1957); this act ended them, so the same 170 persons and 3 entities are counted as delisted again here, while the in-force total (4 persons) is unchanged. The Council release of 29 October 2015 and Euroradio give 3 companies; later Council releases (2019, 2020) and RFE/RL say "170 individuals and four companies".',
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
      celex(
        '32017D0350',
        'Council Decision (CFSP) 2017/350 of 27 February 2017 amending Decision 2012/642/CFSP (OJ L 50, 28.2.2017, p. 81)',
      ),
      CONSOLIDATED_2012_642,
      {
        url: 'https://staging.rferl.org/a/eu-prolongs-arms-embargo-belarus/28334905.html',
        title: 'EU prolongs arms embargo on Belarus, leaves visa ban and asset freezes on four citizens',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
      {
        url: 'https://naviny.by/en/article/20170227/1488210870-eu-extends-restrictive-measures-against-belarus-one-year',
        title: 'EU extends restrictive measures against Belarus for one year',
        publisher: 'BelaPAN (Naviny.by)',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'eu-2018-02-22-renewal',
    date: '2018-02-22',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision (CFSP) 2018/280 and Council Regulation (EU) 2018/275',
    instrumentType: 'council-decision',
    measures: ['arms', 'travel', 'assets'],
    summary:
      'Prolonged the arms embargo and the asset freeze and travel ban on four persons linked to the 1999-2000 disappearances until 28 February 2019, and prolonged the exemption for authorised exports of biathlon equipment, extending it to a limited number of specific-use sporting rifles and pistols.',
    targets: ['Vladimir Naumov', 'Viktor Sheyman', 'Yury Sivakov', 'Dmitri Pavlichenko'],
    inForce: { persons: 4 },
    modifies: ['eu-2017-02-27-decision-2017-350'],
    sources: [
      celex(
        '32018D0280',
        'Council Decision (CFSP) 2018/280 amending Decision 2012/642/CFSP concerning restrictive measures against Belarus (OJ L 54, 24.2.2018, p. 16)',
      ),
      celex(
        '32018R0275',
        'Council Regulation (EU) 2018/275 of 23 February 2018 amending Regulation (EC) No 765/2006 concerning restrictive measures in respect of Belarus (OJ L 54, 24.2.2018, p. 1)',
      ),
      {
        url: 'https://eu2018bg.bg/de/news/512',
        title:
          'Belarus: EU verlängert Waffenembargo und Sanktionen gegen vier Personen um ein Jahr (23.02.2018; Council decision of 22 February 2018)',
        publisher: 'Bulgarian Presidency of the Council of the EU (2018)',
        kind: 'analysis',
      },
    ],
    note: 'The date is that of the Council\'s decision as the Bulgarian presidency reported it ("Der Rat hat am 22. Februar 2018 beschlossen"); the decision and the regulation were published in OJ L 54 of 24 February 2018 (the decision at p. 16, the regulation at p. 1). The exact date printed on Decision (CFSP) 2018/280 is not verified. That Regulation 2018/275 carries the extended sporting-weapons derogation is inferred from its date and subject; its content is not verified.',
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
      celex(
        '32019D0325',
        'Council Decision (CFSP) 2019/325 of 25 February 2019 amending Decision 2012/642/CFSP',
      ),
      {
        url: 'https://www.awb-international.de/article/belarus-verlaengerung-restriktiver-massnahmen/',
        title: 'Belarus: Verlängerung restriktiver Maßnahmen (names Decision (CFSP) 2019/325)',
        publisher: 'AWB International',
        kind: 'analysis',
      },
    ],
    note: 'The act number 2019/325 is from AWB International\'s notice and the date from news reports quoting the Council statement of Monday 25 February 2019 ("Today the Council decided to prolong the restrictive measures against Belarus for one year, until 28 February 2020"); neither is confirmed from the Official Journal text.',
  },
];
