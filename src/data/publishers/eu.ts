import type { Publisher } from '../publishers';

/** Publishers cited by the EU records and not listed in `common.ts`. */
export const euPublishers: Publisher[] = [
  // Official: the Council's former web address, a member state's ministry.
  {
    name: 'Council of the European Union (former address ue.eu.int)',
    hosts: ['ue.eu.int'],
    class: 'official',
  },
  { name: 'Ministry for Foreign Affairs of Finland', hosts: ['um.fi'], class: 'official' },
  // Documentation of Council acts by bodies that did not adopt them: a national parliament's record
  // of EU texts and a rotating presidency's news site. Not EU official sources, so never `official`
  // or `act` on an EU record; cited, where at all, as `analysis` after the act.
  {
    name: 'Bulgarian Presidency of the Council of the EU (2018)',
    hosts: ['eu2018bg.bg'],
    class: 'research',
  },
  { name: 'French Senate (Sénat)', hosts: ['senat.fr'], class: 'research' },
  // Outlets.
  { name: 'EUobserver', hosts: ['euobserver.com'], class: 'outlet' },
  { name: 'The Baltic Times', hosts: ['baltictimes.com'], class: 'outlet' },
  { name: 'Agenzia Nova', hosts: ['agenzianova.com'], class: 'outlet' },
  { name: 'BNN Bloomberg', hosts: ['bnnbloomberg.ca'], class: 'outlet' },
  { name: 'Interfax', hosts: ['interfax.com', 'interfax.ru'], class: 'outlet' },
  { name: 'The Sofia Globe', hosts: ['sofiaglobe.com'], class: 'outlet' },
  { name: 'Notícias ao Minuto', hosts: ['noticiasaominuto.com'], class: 'outlet' },
  { name: 'The Straits Times', hosts: ['straitstimes.com'], class: 'outlet' },
  { name: 'Ziare.com', hosts: ['ziare.com'], class: 'outlet' },
  { name: 'Ukrinform', hosts: ['ukrinform.fr', 'ukrinform.net', 'ukrinform.ua'], class: 'outlet' },
  { name: 'Forsal.pl', hosts: ['forsal.pl'], class: 'outlet' },
  { name: 'European Pravda', hosts: ['eurointegration.com.ua'], class: 'outlet' },
  { name: 'EUbusiness', hosts: ['eubusiness.com'], class: 'outlet' },
  { name: 'Die Rheinpfalz', hosts: ['rheinpfalz.de'], class: 'outlet' },
  // Research and human-rights organisations.
  { name: 'Viasna Human Rights Centre', hosts: ['spring96.org'], class: 'research' },
  // Law firms' client notes.
  { name: 'Willkie Farr & Gallagher', hosts: ['willkie.com'], class: 'law-firm' },
  { name: 'Mayer Brown', hosts: ['mayerbrown.com'], class: 'law-firm' },
  { name: 'Bennink Dunin', hosts: ['benninkdunin.com'], class: 'law-firm' },
  { name: 'AWB International', hosts: ['awb-international.de'], class: 'law-firm' },
];
