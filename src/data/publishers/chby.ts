import type { Publisher } from '../publishers';

/** Publishers cited by the Swiss and Belarusian records and the context annotations and not listed in `common.ts`. */
export const chbyPublishers: Publisher[] = [
  // Switzerland: official
  {
    name: 'Swiss Financial Market Supervisory Authority (FINMA)',
    hosts: ['finma.ch'],
    class: 'official',
  },
  // Switzerland: outlets and analysis
  { name: 'swissinfo.ch (SWI, Swiss Broadcasting Corporation)', hosts: ['swissinfo.ch'], class: 'outlet' },
  { name: 'TagesWoche', hosts: ['tageswoche.ch'], class: 'outlet' },
  { name: 'watson', hosts: ['watson.ch'], class: 'outlet' },
  { name: '20 Minuten / 20 minutes', hosts: ['20min.ch'], class: 'outlet' },
  { name: 'Korrespondent.net', hosts: ['korrespondent.net'], class: 'outlet' },
  { name: 'Ethics & Compliance Switzerland', hosts: ['ethics-compliance.ch'], class: 'research' },

  // Belarus: the Belarusian government and its state media (cited only for Belarus's own counter-measures)
  { name: 'BelTA (Belarusian state news agency)', hosts: ['belta.by'], class: 'belarus-government' },
  {
    name: 'Ministry of Foreign Affairs of Belarus (Belarusian government)',
    hosts: ['mfa.gov.by'],
    class: 'belarus-government',
  },
  {
    name: 'President of the Republic of Belarus (official website, Belarusian government)',
    hosts: ['president.gov.by'],
    class: 'belarus-government',
  },
  {
    name: 'Myadel District Executive Committee (Belarusian local government, republishing BelTA)',
    hosts: ['myadel.gov.by'],
    class: 'belarus-government',
  },
  {
    name: 'National Legal Internet Portal of the Republic of Belarus (pravo.by, Belarusian government)',
    hosts: ['pravo.by'],
    class: 'belarus-government',
  },
  {
    name: 'Nash Krai (regional newspaper, republishing BelTA)',
    hosts: ['nashkraj.by'],
    class: 'belarus-government',
  },
  {
    name: 'law.by (National Centre of Legal Information, Belarusian government)',
    hosts: ['law.by'],
    class: 'belarus-government',
  },
  {
    name: 'ETALONLINE (National Centre of Legal Information, Belarusian government)',
    hosts: ['etalonline.by'],
    class: 'belarus-government',
  },
  {
    name: 'slavgorod.by (district state newspaper, republishing BelTA)',
    hosts: ['slavgorod.by'],
    class: 'belarus-government',
  },
  {
    name: 'news.by (Belarusian state broadcaster)',
    hosts: ['news.by'],
    class: 'belarus-government',
  },

  // Belarus and the region: outlets
  { name: 'Prime-Press (Belarusian news agency)', hosts: ['primepress.by'], class: 'outlet' },
  { name: 'ERR News (Estonian Public Broadcasting)', hosts: ['err.ee'], class: 'outlet' },
  { name: 'LRT (Lithuanian National Radio and Television)', hosts: ['lrt.lt'], class: 'outlet' },
  { name: 'Babel', hosts: ['babel.ua'], class: 'outlet' },
  { name: 'o2.pl', hosts: ['o2.pl'], class: 'outlet' },
  { name: 'wnp.pl (PAP)', hosts: ['wnp.pl'], class: 'outlet' },
  { name: 'Public Radio of Armenia', hosts: ['armradio.am'], class: 'outlet' },
  { name: 'Ziarul de Gardă', hosts: ['zdg.md'], class: 'outlet' },
  { name: 'NBC News', hosts: ['nbcnews.com'], class: 'outlet' },
  { name: 'OCCRP', hosts: ['occrp.org'], class: 'outlet' },
  { name: 'Magyar Szó', hosts: ['magyarszo.rs'], class: 'outlet' },
  { name: 'iPress.ua', hosts: ['ipress.ua'], class: 'outlet' },
  { name: 'Trans.INFO', hosts: ['trans.info'], class: 'outlet' },
  { name: 'Kauno diena', hosts: ['diena.lt'], class: 'outlet' },

  // Belarus: law firms, chambers and analysts
  { name: 'AMBY Legal', hosts: ['ambylegal.by'], class: 'law-firm' },
  { name: 'REVERA', hosts: ['revera.legal'], class: 'law-firm' },
  { name: 'Sorainen', hosts: ['sorainen.com'], class: 'law-firm' },
  { name: 'SCHNEIDER GROUP', hosts: ['schneider-group.com'], class: 'law-firm' },
  { name: 'Gratanet', hosts: ['gratanet.com'], class: 'law-firm' },
  {
    name: 'IDG (Belarusian legal and accounting publisher)',
    hosts: ['idg.by'],
    class: 'law-firm',
  },
  { name: 'AHK Belarus (German chamber of commerce)', hosts: ['ahk.de'], class: 'research' },
  {
    name: 'BAMAP (Belarusian Association of International Road Carriers)',
    hosts: ['bamap.org'],
    class: 'research',
  },
  { name: 'Kesarev', hosts: ['kesarev.partners'], class: 'research' },
  {
    name: 'FAO GIEWS (Food and Agriculture Organization food policy monitoring)',
    hosts: ['fao.org'],
    class: 'research',
  },

  // Context annotations
  { name: 'Council of Europe', hosts: ['coe.int'], class: 'official' },
  { name: 'Finnish Government', hosts: ['vnk.fi'], class: 'official' },
  { name: 'German Federal Foreign Office', hosts: ['auswaertiges-amt.de'], class: 'official' },
  { name: 'The Irish Times', hosts: ['irishtimes.com'], class: 'outlet' },
  { name: 'Daily Nation (Kenya)', hosts: ['nation.co.ke'], class: 'outlet' },
  { name: 'UPI', hosts: ['upi.com'], class: 'outlet' },
  { name: 'Eunews', hosts: ['eunews.it'], class: 'outlet' },
  { name: 'Mint (livemint.com)', hosts: ['livemint.com'], class: 'outlet' },
  { name: 'The Moscow Times', hosts: ['themoscowtimes.com'], class: 'outlet' },
  { name: 'Security Council Report', hosts: ['securitycouncilreport.org'], class: 'research' },
  { name: 'Office of Sviatlana Tsikhanouskaya', hosts: ['tsikhanouskaya.org'], class: 'research' },
];
