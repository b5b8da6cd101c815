// Written by scripts/list-targets.ts from src/data/listEntries.ts (npm run lists); do not edit.
import type { TargetInput } from './schema';

/** The listings on the official lists' copies that no target of the records is: targets of their own. */
export const listTargets: TargetInput[] = [
  {
    id: 'additional-liability-company-belneftegaz',
    name: 'Additional Liability Company Belneftegaz',
    kind: 'entity',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32734', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32734' }],
  },
  {
    id: 'aleh-mikalaevich-shuliakouski',
    name: 'Aleh Mikalaevich Shuliakouski',
    aliases: [
      'Oleg Nikolaevich Shuliakouski',
      'ALEH MIKALAEVICH Shuliakovski',
      'Oleg Nikolaevich Shuliakovski',
      'Олег Николаевич ШУЛЯКОВСКИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5803.95', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5803.95' },
      { list: 'uk-list', id: 'BEL0019' },
    ],
  },
  {
    id: 'aleh-mikalajevitj-beljakou',
    name: 'Aleh Mikalajevitj Beljakou',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6534.59', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6534.59' }],
  },
  {
    id: 'aleh-uladzimiravich-matkin',
    name: 'Aleh Uladzimiravich Matkin',
    aliases: ['Oleg Vladimirovitch MATKIN'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5761.96', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5761.96' },
      { list: 'uk-list', id: 'BEL0025' },
    ],
  },
  {
    id: 'aleksandr-aleksandrovich-petrash',
    name: 'Aleksandr Aleksandrovich Petrash',
    aliases: [
      'Aliaksandr Aliaksandravich PETRASH',
      'Aleksandr Aleksandrovich Pietrash',
      'Aliaksandr Aliaksandravich Pietrash',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6036.12', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6036.12' },
      { list: 'uk-list', id: 'BEL0091' },
    ],
  },
  {
    id: 'aleksandr-aleksandrovich-volk',
    name: 'Александр Александрович Волк',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6342.12', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6342.12' }],
  },
  {
    id: 'aleksandr-aleksandrovich-zakhvitsevich',
    name: 'Александр Александрович Захвицевич',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6400.50', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6400.50' }],
  },
  {
    id: 'aleksandr-anatolevich-rudenko',
    name: 'Александр Анатольевич Руденко',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6341.13', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6341.13' }],
  },
  {
    id: 'aleksandr-borisovich-davidyuk',
    name: 'Александр Борисович Давидюк',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6697.73', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6697.73' }],
  },
  {
    id: 'aleksandr-dmitrievich-ahafonov',
    name: 'Александр Дмитриевич Агафонов',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6416.13', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6416.13' }],
  },
  {
    id: 'aleksandr-evhenevich-shatrov',
    name: 'Александр Евгеньевич Шатров',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6383.81', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6383.81' }],
  },
  {
    id: 'aleksandr-hennadevich-bakhanovich',
    name: 'Александр Геннадьевич Баханович',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6393.50', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6393.50' }],
  },
  {
    id: 'aleksandr-henrikhovich-turchin',
    name: 'Алекса́ндр Ге́нрихович Турчи́н',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6023.46', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6023.46' }],
  },
  {
    id: 'aleksandr-ivanovich-alyoksa',
    name: 'Aleksandr Ivanovich Alyoksa',
    aliases: ['ALYOKSA, Aleksandr Ivanovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33194' }],
  },
  {
    id: 'aleksandr-mechislavovich-andrievskii',
    name: 'Александр Мечиславович Андриевский',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6376.12', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6376.12' }],
  },
  {
    id: 'aleksandr-mikhailovich-ridetskii',
    name: 'Александр Михайлович Ридецкий',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6397.46', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6397.46' }],
  },
  {
    id: 'aleksandr-nikolaevich-zaitsev',
    name: 'Александр Николаевич Зайцев',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6387.77', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6387.77' }],
  },
  {
    id: 'aleksandr-pavlovich-omelyanyuk',
    name: 'Александр Павлович Омельянюк',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6352.78', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6352.78' }],
  },
  {
    id: 'aleksandr-pavlovich-zhivlyuk',
    name: 'Aleksandr Pavlovich Zhivlyuk',
    aliases: ['ZHIVLYUK, Aleksandr Pavlovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33191' }],
  },
  {
    id: 'aleksandr-vladimirovich-vasilyuk',
    name: 'Александр Владимирович Василюк',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6413.16', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6413.16' }],
  },
  {
    id: 'aleksei-ihorevich-kovrizhkin',
    name: 'Алексей Игоревич Коврижкин',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6415.14', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6415.14' }],
  },
  {
    id: 'aleksei-vladimirovich-ehorov',
    name: 'Алексей Владимирович Егоров',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6351.79', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6351.79' }],
  },
  {
    id: 'aleksey-valerievich-lazarenko',
    name: 'Aleksey Valerievich Lazarenko',
    aliases: ['Aleksey Valerievich LAZARENKA'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2024-08-09-listings-7',
        note: 'On the UK Sanctions List, designated 9 Aug 2024 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0159' }],
  },
  {
    id: 'alena-aliaksandravna-zhyvitsa',
    name: 'Alena Aliaksandravna Zhyvitsa',
    aliases: ['Elena Aleksandrovna ZHYVITSA', 'Елена Александровна ЖИВИЦА'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6040.84', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6040.84' },
      { list: 'uk-list', id: 'BEL0089' },
    ],
  },
  {
    id: 'alena-anatolieuna-baldouskaya',
    name: 'Alena Anatolieuna Baldouskaya',
    aliases: ['BALDOUSKAYA, Alena Anatolieuna'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34946' }],
  },
  {
    id: 'alena-kanstantsinauna-kuntsevich',
    name: 'Alena Kanstantsinauna Kuntsevich',
    aliases: ['KUNTSEVICH, Alena Kanstantsinauna'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34948' }],
  },
  {
    id: 'alena-mikalaeuna-dmuhaila',
    name: 'Alena Mikalaeuna Dmuhaila',
    aliases: [
      'Elena Nikolaevna DMUHAILA',
      'ALENA MIKALAEUNA DMUHAILO',
      'Elena Dmuhailo',
      'Elena Nikolaevna DMUHAILO',
      'Elena Nikolaevna Dmuhajilo',
      'ALENA MIKALAEUNA DMUJAJLO',
      'Elena Nikolaevna DMUJAJLO',
      'ALENA MIKALAEUNA DMUKHAILO',
      'Elena Nikolaevna DMUKHAILO',
      'DMUKHAYLA, Alena Mikalaeuna',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5754.27', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '29675', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '29675' },
      { list: 'eu-fsf', id: 'EU.5754.27' },
      { list: 'uk-list', id: 'BEL0035' },
    ],
  },
  {
    id: 'alena-vasileuna-litvina',
    name: 'Alena Vasileuna Litvina',
    aliases: ['Elena Vasilevna LITVINA'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6038.10', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6038.10' },
      { list: 'uk-list', id: 'BEL0087' },
    ],
  },
  {
    id: 'alexander-ivanovich-moroz',
    name: 'Alexander Ivanovich Moroz',
    aliases: ['MOROZ, Alexander Ivanovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-12-05-designations',
        note: 'First on the OFAC SDN list in its copy of 5 Dec 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '46548' }],
  },
  {
    id: 'alexander-vasilevich-shakutin',
    name: 'Alexander Vasilevich Shakutin',
    aliases: ['Aleksandr Shakutin', 'Александр Васильевич ШАКУТИН'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6046.78', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6046.78' },
      { list: 'uk-list', id: 'BEL0067' },
    ],
  },
  {
    id: 'alexei-petrovich-shkadarevich',
    name: 'Alexei Petrovich Shkadarevich',
    aliases: ['SHKADAREVICH, Alexei Petrovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-12-05-designations',
        note: 'First on the OFAC SDN list in its copy of 5 Dec 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '46549' }],
  },
  {
    id: 'alhaitham-al-ali',
    name: 'Alhaitham Al Ali',
    aliases: ['ALI, Alhaitham Al'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48384' }],
  },
  {
    id: 'aliaksandr-henrykavich-turchin',
    name: 'Aliaksandr Henrykavich Turchin',
    aliases: ['Aleksandr Henrykavich TURCHIN'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0085' }],
  },
  {
    id: 'aliaksandr-leanidavich-zimousky',
    name: 'Aliaksandr Leanidavich Zimousky',
    aliases: ['ZIMOUSKY, Aliaksandr Leanidavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '9762', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '9762' }],
  },
  {
    id: 'aliaksandr-mikalaevich-zaitsau',
    name: 'Aliaksandr Mikalaevich Zaitsau',
    aliases: ['ZAITSAU, Aliaksandr Mikalaevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2022-02-24-designations',
        note: 'First on the OFAC SDN list in its copy of 25 Feb 2022.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34781' }],
  },
  {
    id: 'aliaksandr-mikhailavich-aliashkevich',
    name: 'Aliaksandr Mikhailavich Aliashkevich',
    aliases: [
      'Alexander Mikhailovich ALESHKEVICH',
      'Aliaksandr Mikhailavich ALESHKEVICH',
      'Alexander Mikhailovich ALIASHKEVICH',
      'Александр Михайлович АЛЕШКЕВИЧ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5800.1', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5800.1' },
      { list: 'uk-list', id: 'BEL0016' },
    ],
  },
  {
    id: 'aliaksandr-mikhailavich-lasyakin',
    name: 'Aliaksandr Mikhailavich Lasyakin',
    aliases: [
      'Alexander Mikhailovich Lasyakin',
      'Alexsander Mikhailovich Lasyakin',
      'Alexander Mikhailovich LOSYAKIN',
      'Alexsander Mikhailovich LOSYAKIN',
      'Aliaksandr Mikhailavich LOSYAKIN',
      'Александр Михайлович ЛОСЯКИН',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5814.63', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5814.63' },
      { list: 'uk-list', id: 'BEL0040' },
    ],
  },
  {
    id: 'aliaksandr-mikhajlavich-lasiakin',
    name: 'Aliaksandr Mikhajlavich Lasiakin',
    aliases: ['LASIAKIN, Aliaksandr Mikhajlavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31918', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '31918' }],
  },
  {
    id: 'aliaksandr-paulavich-vasilieu',
    name: 'Aliaksandr Paulavich Vasilieu',
    aliases: [
      'Alexander Pavlovich Vasilieu',
      'Alexander Pavlovich Vasiliev',
      'Aliaksandr Paulovich Vasiliev',
      'Александр Павлович ВАСИЛЬЕВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5802.96', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5802.96' },
      { list: 'uk-list', id: 'BEL0018' },
    ],
  },
  {
    id: 'aliaksandr-piatrovich-vetsianevich',
    name: 'Aliaksandr Piatrovich Vetsianevich',
    aliases: ['VETSIANEVICH, Aliaksandr Piatrovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2022-02-24-designations',
        note: 'First on the OFAC SDN list in its copy of 25 Feb 2022.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34771' }],
  },
  {
    id: 'aliaksandr-sviataslavavich-shepeleu',
    name: 'Aliaksandr Sviataslavavich Shepeleu',
    aliases: [
      'Alexander Svyatoslavovich Shepeleu',
      'Aleksandr Svyataslavavich Shepelev',
      'Alexander Svyatoslavovich SHEPELEV',
      'Aliaksandr SVIATASLAVAVICH SHEPELEV',
      'Александр Святославович ШЕПЕЛЕВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5855.35', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5855.35' },
      { list: 'uk-list', id: 'BEL0012' },
    ],
  },
  {
    id: 'aliaksandr-uladzimiravich-kanyuk',
    name: 'Aliaksandr Uladzimiravich Kanyuk',
    aliases: [
      'Aleksandr Vladimirovich Kanyuk',
      'Alexander Vladimirovich Kanyuk',
      'Alyaksandr Vladzimirovich Kanyuk',
      'Aleksandr Vladimirovich Konyuk',
      'Alexander Vladimirovich Konyuk',
      'ALIAKSANDR ULADZIMIRAVICH Konyuk',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5767.90', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5767.90' },
      { list: 'uk-list', id: 'BEL0032' },
    ],
  },
  {
    id: 'aliaksandr-valerievich-bykau',
    name: 'Aliaksandr Valerievich Bykau',
    aliases: [
      'Alexander Valerievich Bykau',
      'Alyaksandr Bykau',
      'Alexander Bykov',
      'Alexander Valerievich Bykov',
      'ALIAKSANDR VALERIEVICH Bykov',
      'Александр Валерьевич БЫКОВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5854.36', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5854.36' },
      { list: 'uk-list', id: 'BEL0011' },
    ],
  },
  {
    id: 'aliaksandr-vasilevich-shakutsin',
    name: 'Aliaksandr Vasilevich Shakutsin',
    aliases: ['SHAKUTSIN, Aliaksandr Vasilevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-12-05-designations',
        note: 'First on the OFAC SDN list in its copy of 5 Dec 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '46070' }],
  },
  {
    id: 'aliaksandr-viachaslavavich-astreika',
    name: 'Aliaksandr Viachaslavavich Astreika',
    aliases: [
      'Alexander Viacheslavovich Astreika',
      'Alexander Viacheslavovich Astreiko',
      'Aliaksandr Viachaslavavich Astreiko',
      'ASTREIKA, Alyaksandr Vyachaslavavich',
      'Александр Вячеславович АСТРЕЙКО',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '30517', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5805.93', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '30517' },
      { list: 'eu-fsf', id: 'EU.5805.93' },
      { list: 'uk-list', id: 'BEL0021' },
    ],
  },
  {
    id: 'aliaksandr-vladimirovich-karol',
    name: 'Aliaksandr Vladimirovich Karol',
    aliases: ['Aliaksander Vladimirovich Korol', 'Aliaksandr Korol', 'Alyaksandr Vladimirovich Korol'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0151', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0151' }],
  },
  {
    id: 'aliaksandr-yauhenavich-shatrou',
    name: 'Aliaksandr Yauhenavich Shatrou',
    aliases: ['SHATROU, Aliaksandr Yauhenavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2022-02-24-designations',
        note: 'First on the OFAC SDN list in its copy of 25 Feb 2022.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34774' }],
  },
  {
    id: 'aliaksandra-aksianchuk',
    name: 'Aliaksandra Aksianchuk',
    aliases: ['AKSIANCHUK, Aliaksandra'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48327' }],
  },
  {
    id: 'aliaksei-ivanavich-rymasheuski',
    name: 'Aliaksei Ivanavich Rymasheuski',
    aliases: ['RYMASHEUSKI, Aliaksei Ivanavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2022-02-24-designations',
        note: 'First on the OFAC SDN list in its copy of 25 Feb 2022.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34770' }],
  },
  {
    id: 'aliaksey-aliaksandravich-volkau',
    name: 'Aliaksey Aliaksandravich Volkau',
    aliases: [
      'Alexey Aleksandrovich Volkau',
      'Alexey Alexandrovich Volkau',
      'Alexey Aleksandrovich Volkov',
      'Alexey Alexandrovich Volkov',
      'Aliaksey Aliaksandravich Volkov',
      'Алексей Александрович ВОЛКОВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5956.43', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5956.43' },
      { list: 'uk-list', id: 'BEL0056' },
    ],
  },
  {
    id: 'aliaksey-ivanavich-aleksin',
    name: 'Aliaksey Ivanavich Aleksin',
    aliases: ['ALEKSIN, Aliaksey Ivanavich', 'Aлексей Иванович ОЛЕКСИН'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6386.78', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32696', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '32696' },
      { list: 'eu-fsf', id: 'EU.6386.78' },
    ],
  },
  {
    id: 'alieg-anatolevich-charnyshou',
    name: 'Alieg Anatolevich Charnyshou',
    aliases: [
      'Aleh Cernysev',
      'Aleh Anatolievich Charnyshou',
      'Oleg Anatolievich Charnyshou',
      'Aleh Anatolievich CHERNYSHEV',
      'Alieg Anatolevich CHERNYSHEV',
      'Oleg Anatolievich CHERNYSHEV',
      'Oleg Anatolevich Chernysov',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5766.91', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5766.91' },
      { list: 'uk-list', id: 'BEL0031' },
    ],
  },
  {
    id: 'alina-sergeevna-kasyanchyk',
    name: 'Alina Sergeevna Kasyanchyk',
    aliases: [
      'Alina Sergeevna KASIANCHYK',
      'Alina Siarhiejeuna KASIANCHYK',
      'Alina Siarhiejeuna Kasyanchuk',
      'Alina Siarhiejeuna KASYANCHYK',
      'Алина Сергеевна КАСЬЯНЧИК',
    ],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6332.43', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6332.43' },
      { list: 'uk-list', id: 'BEL0113' },
    ],
  },
  {
    id: 'aljaksandr-uladzimiravitj-palulech',
    name: 'Aljaksandr Uladzimiravitj Palulech',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6535.58', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6535.58' }],
  },
  {
    id: 'alyaksandr-henadzievich-tkachou',
    name: 'Alyaksandr Henadzievich Tkachou',
    aliases: ['TKACHOU, Alyaksandr Henadzievich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34949' }],
  },
  {
    id: 'alyaksandr-uladzimiravich-yuzhyk',
    name: 'Alyaksandr Uladzimiravich Yuzhyk',
    aliases: ['YUZHYK, Alyaksandr Uladzimiravich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34951' }],
  },
  {
    id: 'alyaksei-kanstantsinavich-stuk',
    name: 'Аляксей Канстанцінавіч Стук',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6348.6', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6348.6' }],
  },
  {
    id: 'anastasiya-dmitrievna-kulik',
    name: 'Анастасия Дмитриевна Кулик',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6338.37', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6338.37' }],
  },
  {
    id: 'anastasiya-vasilevna-achalova',
    name: 'Анастасия Васильевна Ачалова',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6335.40', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6335.40' }],
  },
  {
    id: 'anatol-anatolievich-vasilieu',
    name: 'Anatol Anatolievich Vasilieu',
    aliases: [
      'Anatoli Anatolievich Vasilieu',
      'Anatol Anatolievich Vasiliev',
      'Anatoli Anatolievich Vasiliev',
      'Анатолий Анатольевич ВАСИЛЬЕВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5892.11', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5892.11' },
      { list: 'uk-list', id: 'BEL0020' },
    ],
  },
  {
    id: 'anatol-piatrovich-lapo',
    name: 'Anatol Piatrovich Lapo',
    aliases: ['LAPO, Anatol Piatrovich', 'Анатолии Петрович ЛАППО'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6693.77', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '33172' },
      { list: 'eu-fsf', id: 'EU.6693.77' },
    ],
  },
  {
    id: 'anatolij-anatoljevitj-glaz',
    name: 'Anatolij Anatoljevitj Glaz',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6792.87', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6792.87' }],
  },
  {
    id: 'anatoly-ivanovich-vasiliev',
    name: 'Anatoly Ivanovich Vasiliev',
    aliases: ['VASILIEV, Anatoly Ivanovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32716', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32716' }],
  },
  {
    id: 'andrei-alekseevich-rybakov',
    name: 'Andrei Alekseevich Rybakov',
    aliases: ['RYBAKOV, Andrei Alekseevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32711', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32711' }],
  },
  {
    id: 'andrei-aliaksandravich-lahunovich',
    name: 'Andrei Aliaksandravich Lahunovich',
    aliases: [
      'Andrei Aliaksandravich Lagunovich',
      'Andrey Alexandrovich Lagunovich',
      'Andrey Alexandrovich LAHUNOVICH',
      'Андрей Александрович ЛАГУНОВИЧ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6037.11', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6037.11' },
      { list: 'uk-list', id: 'BEL0093' },
    ],
  },
  {
    id: 'andrei-aliakseevich-raukou',
    name: 'Andrei Aliakseevich Raukou',
    aliases: ['Andrei Alekseevich Raukou', 'Andrei Alekseevich Ravkov', 'Andrei Aliakseevich Ravkov'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5968.10', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5968.10' },
      { list: 'uk-list', id: 'BEL0052' },
    ],
  },
  {
    id: 'andrei-anatolievich-gurzhy',
    name: 'Andrei Anatolievich Gurzhy',
    aliases: [
      'ANDREI ANATOLIEVICH Gurzhiy',
      'Andrey Anatolievich Gurzhiy',
      'Andrey Anatolyevich Gurzhiy',
      'Andrey Anatolievich Gurzhy',
      'Андрей Анатольевич ГУРЖИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5810.67', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5810.67' },
      { list: 'uk-list', id: 'BEL0036' },
    ],
  },
  {
    id: 'andrei-anatoljevich-gurzhy',
    name: 'Andrei Anatoljevich Gurzhy',
    aliases: ['GURZHY, Andrei Anatoljevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31912', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '31912' }],
  },
  {
    id: 'andrei-fiodaravich-smal',
    name: 'Andrei Fiodaravich Smal',
    aliases: ['Andrei Fyodorovich Smal', 'Андрей Федорович СМАЛЬ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5963.15', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5963.15' },
      { list: 'uk-list', id: 'BEL0055' },
    ],
  },
  {
    id: 'andrei-iosifovich-makarevich',
    name: 'Andrei Iosifovich Makarevich',
    aliases: ['MAKAREVICH, Andrei Iosifovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33192' }],
  },
  {
    id: 'andrei-mikalaevich-gurtsevich',
    name: 'Andrei Mikalaevich Gurtsevich',
    aliases: ['Andrei Nikolaevich Gurtsevich', 'Андрей Николаевич ГУРЦЕВИЧ'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6453.86', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2021-06-25', id: 'BEL0099', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 25 Jun 2021 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6453.86' },
      { list: 'uk-list', id: 'BEL0099' },
    ],
  },
  {
    id: 'andrei-nikolaevich-dailida',
    name: 'Андрей Николаевич Дайлида',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6405.45', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6405.45' }],
  },
  {
    id: 'andrei-nikolaevich-mukovozchik',
    name: 'Andrei Nikolaevich Mukovozchik',
    aliases: [
      'Andrei Mikalaevich MUKAVOZCHYK',
      'Andrei Mikalaievich MUKAVOZCHYK',
      'Andrey Nikolaevich MUKOVOZCHIK',
    ],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6353.77', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6353.77' },
      { list: 'uk-list', id: 'BEL0115' },
    ],
  },
  {
    id: 'andrei-nikolayevich-bunakov',
    name: 'Andrei Nikolayevich Bunakov',
    aliases: ['BUNAKOV, Andrei Nikolayevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32712', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32712' }],
  },
  {
    id: 'andrei-parshyn',
    name: 'Andrei Parshyn',
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0117' }],
  },
  {
    id: 'andrei-sergeevich-palchyk',
    name: 'Andrei Sergeevich Palchyk',
    aliases: ['Andrei Siarheevich PALCHYK', 'Andrei Siarheyevic PALCHYK', 'Andrey Sergeevich PALCHYK'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2024-08-09-listings-7',
        note: 'On the UK Sanctions List, designated 9 Aug 2024 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0160' }],
  },
  {
    id: 'andrei-serheevich-bakach',
    name: 'Андрей Сергеевич Бакач',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6402.48', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6402.48' }],
  },
  {
    id: 'andrei-sych',
    name: 'Андрей Сыч',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8331.20', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.8331.20' }],
  },
  {
    id: 'andrei-valerievich-ananenko',
    name: 'Andrei Valerievich Ananenko',
    aliases: ['Andrei Valeriovich ANANENKA'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2025-01-27-election-listings',
        note: 'On the UK Sanctions List, designated 27 Jan 2025 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0168' }],
  },
  {
    id: 'andrei-vasilievich-galenka',
    name: 'Andrei Vasilievich Galenka',
    aliases: ['Andrey Vasilievich GALENKA', 'Андрей Васильевич ГАЛЕНКА'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5801.0', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5801.0' },
      { list: 'uk-list', id: 'BEL0017' },
    ],
  },
  {
    id: 'andrei-vatslavovich-hrushko',
    name: 'Андрей Вацлавович Грушко',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6346.8', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6346.8' }],
  },
  {
    id: 'andrei-yevgenevich-parshin',
    name: 'Andrei Yevgenevich Parshin',
    aliases: ['PARSHIN, Andrei Yevgenevich', 'Андрей Евгеньевич ПАРШИН'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8336.15', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '33017' },
      { list: 'eu-fsf', id: 'EU.8336.15' },
    ],
  },
  {
    id: 'andrei-yurevich-pauliuchenka',
    name: 'Andrei Yurevich Pauliuchenka',
    aliases: ['Andrei Pauliuchenka', 'Andrei Paulyuchenka', 'Andrei Yurevich Pavlyuchenko'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5964.14', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5964.14' },
      { list: 'uk-list', id: 'BEL0048' },
    ],
  },
  {
    id: 'andrej-andrejevitj-prokopuk',
    name: 'Andrej Andrejevitj Prokopuk',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6795.84', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6795.84' }],
  },
  {
    id: 'andrey-evgenievich-krivosheyev',
    name: 'Andrey Evgenievich Krivosheyev',
    aliases: [
      'Andrei Krivosheev',
      'Andrei Evgenievich Krivosheev',
      'Andrey Evgenievich Krivosheev',
      'Andrei Evgenievich KRIVOSHEYEV',
      'Andrei Yevgenievich KRIVOSHEYEV',
      'Andrei Kryvasheyeu',
      'Andrei Evgenievich KRYVASHEYEU',
      'Andrei Yauhenavich KRYVASHEYEU',
      'Andrei Yawhenavich KRYVASHEYEU',
      'Andrey Evgenievich KRYVASHEYEU',
      'Andrei Evgenievich KRYVASHEYEV',
      'Andrey Evgenievich KRYVASHEYEV',
      'Andrei Yauhenavich KRYVASHEYEW',
      'Andrei Yawhenavich KRYVASHEYEW',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0114' }],
  },
  {
    id: 'andrey-mikhailovich-tsedrik',
    name: 'Andrey Mikhailovich Tsedrik',
    aliases: ['Andrei Mikhailovich TSEDRYK'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2025-01-27-election-listings',
        note: 'On the UK Sanctions List, designated 27 Jan 2025 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0169' }],
  },
  {
    id: 'anna-michajlovna-sokolovskaja',
    name: 'Anna Michajlovna Sokolovskaja',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6796.83', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6796.83' }],
  },
  {
    id: 'anton-vladimirovich-kolyago',
    name: 'Anton Vladimirovich Kolyago',
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0153', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0153' }],
  },
  {
    id: 'artem-konstantinovich-dunko',
    name: 'Artem Konstantinovich Dunko',
    aliases: [
      'Arciom Kanstantinavich Dunka',
      'Artem Konstantinovich Dunka',
      'Arciom Kanstantinavich DUNKO',
      'DUNKO, Artem Konstantinovich',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6020.49', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '33404' },
      { list: 'eu-fsf', id: 'EU.6020.49' },
      { list: 'uk-list', id: 'BEL0081' },
    ],
  },
  {
    id: 'artsiom-igaravich-sikorski',
    name: 'Artsiom Igaravich Sikorski',
    aliases: [
      'Artem Igorevich Sikorski',
      'Artem Igorevich Sikorskiy',
      'Artsiom Igaravich Sikorskiy',
      'SIKORSKI, Artsiom Igaravich',
      'Артем Игоревич СИКОРСКИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6458.81', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32751', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '32751' },
      { list: 'eu-fsf', id: 'EU.6458.81' },
      { list: 'uk-list', id: 'BEL0101' },
    ],
  },
  {
    id: 'belaeronavihatsiya-hosudarstvennoe-predpriyatie',
    name: 'Белаэронавигация Государственное предприятие',
    kind: 'entity',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6472.25', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6472.25' }],
  },
  {
    id: 'boholyub-karich',
    name: 'Боголюб Карич',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8330.21', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.8330.21' }],
  },
  {
    id: 'darya-shmanai',
    name: 'Darya Shmanai',
    aliases: ['SHMANAI, Darya'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32611', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32611' }],
  },
  {
    id: 'denis-alexandrovich-mikushev',
    name: 'Denis Alexandrovich Mikushev',
    aliases: ['Dzianis Mikushau', 'Dzianis Aliaksandravich Mikusheu', 'Денис Александрович МИКУШЕВ'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8332.19', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0156', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.8332.19' },
      { list: 'uk-list', id: 'BEL0156' },
    ],
  },
  {
    id: 'denis-anatolievich-tolstenkov',
    name: 'Denis Anatolievich Tolstenkov',
    aliases: ['Dzianis Talstsiankou', 'Dzianis Anatolievich TAUSTSIANKOU', 'Denis Anatolyevich TOLSTENKOV'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2024-08-09-listings-7',
        note: 'On the UK Sanctions List, designated 9 Aug 2024 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0161' }],
  },
  {
    id: 'denis-grigorievich-chemodanov',
    name: 'Denis Grigorievich Chemodanov',
    aliases: ['CHEMODANOV, Denis Grigorievich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33019' }],
  },
  {
    id: 'dmitrii-alekseevich-oleksin',
    name: 'Дмитрий Алексеевич Олексин',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8328.44', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.8328.44' }],
  },
  {
    id: 'dmitrii-evhenevich-burdyuk',
    name: 'Дмитрий Евгеньевич Бурдюк',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6396.47', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6396.47' }],
  },
  {
    id: 'dmitrii-nikolaevich-strebkov',
    name: 'Дмитрий Николаевич Стребков',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6408.42', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6408.42' }],
  },
  {
    id: 'dmitrii-yurevich-hora',
    name: 'Дмитрий Юрьевич Гора',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6347.7', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6347.7' }],
  },
  {
    id: 'dmitrij-sergejevitj-karsiuk',
    name: 'Dmitrij Sergejevitj Karsiuk',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6797.82', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6797.82' }],
  },
  {
    id: 'dmitriy-aleksandrovich-kovach',
    name: 'Dmitriy Aleksandrovich Kovach',
    aliases: ['KOVACH, Dmitriy Aleksandrovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33024' }],
  },
  {
    id: 'dmitriy-mikhaylovich-korzyuk',
    name: 'Dmitriy Mikhaylovich Korzyuk',
    aliases: ['KORZYUK, Dmitriy Mikhaylovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33211' }],
  },
  {
    id: 'dmitry-aleksandrovich-korchik',
    name: 'Dmitry Aleksandrovich Korchik',
    aliases: ['KORCHIK, Dmitry Aleksandrovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '41437' }],
  },
  {
    id: 'dmitry-aleksandrovich-pantus',
    name: 'Dmitry Aleksandrovich Pantus',
    aliases: ['PANTUS, Dmitry Aleksandrovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2022-02-24-designations',
        note: 'First on the OFAC SDN list in its copy of 25 Feb 2022.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34779' }],
  },
  {
    id: 'dmitry-braim',
    name: 'Dmitry Braim',
    aliases: ['BRAIM, Dmitry'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48331' }],
  },
  {
    id: 'dmitry-vladmirovich-balaba',
    name: 'Dmitry Vladmirovich Balaba',
    aliases: [
      'Dmitry Vladimirovich Balaba',
      'Dzmitry Uladzimiravich Balaba',
      'Dzmitry Vladzimiravich Balaba',
      'BALABA, Dzmitriy Uladzimiravich',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5760.0', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '29664', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '29664' },
      { list: 'eu-fsf', id: 'EU.5760.0' },
      { list: 'uk-list', id: 'BEL0013' },
    ],
  },
  {
    id: 'dzmitriy-yurievich-baskau',
    name: 'Dzmitriy Yurievich Baskau',
    aliases: ['BASKAU, Dzmitriy Yurievich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33513' }],
  },
  {
    id: 'dzmitry-aleksandrovich-kuryan',
    name: 'Dzmitry Aleksandrovich Kuryan',
    aliases: ['Dmitry KURYAN', 'Dmitry Aleksandrovich Kuryan', 'Дмитрий Александрович КУРЬЯН'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6022.47', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6022.47' },
      { list: 'uk-list', id: 'BEL0072' },
    ],
  },
  {
    id: 'dzmitry-aliakseevich-aleksin',
    name: 'Dzmitry Aliakseevich Aleksin',
    aliases: ['ALEKSIN, Dzmitry Aliakseevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '44538' }],
  },
  {
    id: 'dzmitry-iurevich-hara',
    name: 'Dzmitry Iurevich Hara',
    aliases: ['HARA, Dzmitry Iurevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32675', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32675' }],
  },
  {
    id: 'dzmitry-mikalaevich-shumilin',
    name: 'Dzmitry Mikalaevich Shumilin',
    aliases: ['Dmitry Nikolayevich SHUMILIN', 'Дмитрий Николаевич ШУМИЛИН'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6024.45', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6024.45' },
      { list: 'uk-list', id: 'BEL0083' },
    ],
  },
  {
    id: 'dzmitry-mikhaltsou',
    name: 'Dzmitry Mikhaltsou',
    aliases: ['MIKHALTSOU, Dzmitry'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48602' }],
  },
  {
    id: 'dzmitry-shakuta',
    name: 'Dzmitry Shakuta',
    aliases: ['SHAKUTA, Dzmitry'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32271', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32271' }],
  },
  {
    id: 'dzmitry-vasilievich-ravutski',
    name: 'Dzmitry Vasilievich Ravutski',
    aliases: ['Dmitry Vasilievich RAVUTSKI', 'Dmitry Vasilievich REUTSKY', 'DZMITRY VASILIEVICH REUTSKY'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5764.93', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5764.93' },
      { list: 'uk-list', id: 'BEL0029' },
    ],
  },
  {
    id: 'dzyanis-uladzimiravich-duk',
    name: 'Dzyanis Uladzimiravich Duk',
    aliases: ['DUK, Dzyanis Uladzimiravich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34947' }],
  },
  {
    id: 'dzyarzhaunae-vytvorchae-ab-yadnanne-belarusnafta',
    name: "Дзяржаўнае вытворчае аб'яднанне «Беларуснафта»",
    kind: 'entity',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6722.13', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6722.13' }],
  },
  {
    id: 'elena-timofeevna-nekrasova',
    name: 'Elena Timofeevna Nekrasova',
    aliases: ['Alena Tsimafeeuna NEKRASOVA', 'Alena Tsimafeeuna Nyakrasava', 'Elena Timofeevna Nyakrasava'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6044.80', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6044.80' },
      { list: 'uk-list', id: 'BEL0092' },
    ],
  },
  {
    id: 'evhenii-alekseevich-vrublevskii',
    name: 'Евгений Алексеевич Врублевский',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6368.41', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6368.41' }],
  },
  {
    id: 'evhenii-anatolevich-arkhireev',
    name: 'Eвгений Анатольевич Архиреев',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6414.15', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6414.15' }],
  },
  {
    id: 'filip-vladimirovich-sturchanka',
    name: 'Filip Vladimirovich Sturchanka',
    aliases: ['Filip Uladzimiravich STURCHANKA'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2024-08-09-listings-7',
        note: 'On the UK Sanctions List, designated 9 Aug 2024 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0162' }],
  },
  {
    id: 'genadz-andreevich-bogdan',
    name: 'Genadz Andreevich Bogdan',
    aliases: ['Gennady Andreievich BOGDAN', 'Геннадий Андреевич БОГДАН'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6018.72', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6018.72' },
      { list: 'uk-list', id: 'BEL0078' },
    ],
  },
  {
    id: 'genadz-branislavavich-davydzka',
    name: 'Genadz Branislavavich Davydzka',
    aliases: ['DAVYDZKA, Genadz Branislavavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32752', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32752' }],
  },
  {
    id: 'grigoriy-yurievich-azarenok',
    name: 'Grigoriy Yurievich Azarenok',
    aliases: [
      'Grigory Yurievich AZARENOK',
      'Rhyor Yurievich Azaronak',
      'Ryhor Yuryevich AZARONAK',
      'Yurievich Azaronak',
      'Рыгор Юр’евіч АЗАРОНАК',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8340.87', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.8340.87' },
      { list: 'uk-list', id: 'BEL0119' },
    ],
  },
  {
    id: 'hennadii-bronislavovich-davydko',
    name: 'Геннадий Брониславович Давыдько',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6355.75', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6355.75' }],
  },
  {
    id: 'hennadii-iosifovich-dysko',
    name: 'Геннадий Иосифович Дыско',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6349.5', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6349.5' }],
  },
  {
    id: 'hleb-uladzimiravich-dryl',
    name: 'Hleb Uladzimiravich Dryl',
    aliases: ['DRYL, Hleb Uladzimiravich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32631', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32631' }],
  },
  {
    id: 'hleb-vladimirovich-dril',
    name: 'Глеб Владимирович Дриль',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6411.18', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6411.18' }],
  },
  {
    id: 'igar-anatolievic-plysheuskiy',
    name: 'Igar Anatolievic Plysheuskiy',
    aliases: [
      'Igar Anatolievich Plysheuskiy',
      'Ihor Plysheuskiy',
      'Igar Anatolievic Plyshevski',
      'Igar Anatolievich Plyshevski',
      'Ihor Plyshevski',
      'Igar Anatolievic Plyshevskiy',
      'Igar Anatolievich Plyshevskiy',
      'Ihor Plyshevskiy',
      'Igor Anatolevich Plyshevsky',
      'Игорь Анатольевич ПЛЫШЕВСКИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5815.62', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5815.62' },
      { list: 'uk-list', id: 'BEL0041' },
    ],
  },
  {
    id: 'igor-anatolievich-marshalov',
    name: 'Igor Anatolievich Marshalov',
    aliases: ['MARSHALOV, Igor Anatolievich', 'Игорь Анатольевич МАРШАЛОВ'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6706.71', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '33401' },
      { list: 'eu-fsf', id: 'EU.6706.71' },
    ],
  },
  {
    id: 'igor-nikolaevich-gutnik',
    name: 'Igor Nikolaevich Gutnik',
    aliases: ['GUTNIK, Igor Nikolaevich', 'Игорь Николаевич ГУТНИК'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6696.74', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '33178' },
      { list: 'eu-fsf', id: 'EU.6696.74' },
    ],
  },
  {
    id: 'igor-pavlovich-burmistrov',
    name: 'Igor Pavlovich Burmistrov',
    aliases: [
      'Igor Pavlovich Burmistrau',
      'Ihar Paulavich Burmistrau',
      'Ihar Paulavich BURMISTROV',
      'Игорь Павлович БУРМИСТРОВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6019.71', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6019.71' },
      { list: 'uk-list', id: 'BEL0069' },
    ],
  },
  {
    id: 'igor-vasilyevich-karpenko',
    name: 'Igor Vasilyevich Karpenko',
    aliases: ['Igor Vasilyevich KARPENKA', 'KARPENKA, Ihar Vasilyevich', 'Игорь Васильевич КАРПЕНКО'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8327.45', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2025-01-27-election-listings',
        note: 'On the UK Sanctions List, designated 27 Jan 2025 as the list gives it.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '34945' },
      { list: 'eu-fsf', id: 'EU.8327.45' },
      { list: 'uk-list', id: 'BEL0170' },
    ],
  },
  {
    id: 'igor-vasilyevich-lyashenko',
    name: 'Igor Vasilyevich Lyashenko',
    aliases: ['LYASHENKO, Igor Vasilyevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32713', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32713' }],
  },
  {
    id: 'igor-viacheslavovich-liubovitski',
    name: 'Igor Viacheslavovich Liubovitski',
    aliases: ['Ihar Viachaslavavich Liubavitski', 'Игорь Вячеславович ЛЮБОВИЦКИЙ'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6701.76', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0147', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6701.76' },
      { list: 'uk-list', id: 'BEL0147' },
    ],
  },
  {
    id: 'igor-vladimirovich-golub',
    name: 'Igor Vladimirovich Golub',
    aliases: [
      'Ihar Uladzimiravich Golub',
      'Igor Vladimirovich Holub',
      'Ihar Uladzimiravich Holub',
      'Игорь Владимирович ГОЛУБ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6452.87', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6452.87' },
      { list: 'uk-list', id: 'BEL0097' },
    ],
  },
  {
    id: 'ihar-anatoljevich-plyshewski',
    name: 'Ihar Anatoljevich Plyshewski',
    aliases: ['PLYSHEWSKI, Ihar Anatoljevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31921', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '31921' }],
  },
  {
    id: 'ihar-ivanavich-buzouski',
    name: 'Ihar Ivanavich Buzouski',
    aliases: [
      'Igor Ivanovich Buzouski',
      'Igor Ivanovich Buzovski',
      'Ihar Ivanavich Buzovski',
      'Игорь Иванович БУЗОВСКИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5965.13', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5965.13' },
      { list: 'uk-list', id: 'BEL0050' },
    ],
  },
  {
    id: 'ihar-mikalaevich-pechan',
    name: 'Ihar Mikalaevich Pechan',
    aliases: ['PECHAN, Ihar Mikalaevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33175' }],
  },
  {
    id: 'ihar-ryhoravich-keniukh',
    name: 'Ihar Ryhoravich Keniukh',
    aliases: ['KENIUKH, Ihar Ryhoravich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32630', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32630' }],
  },
  {
    id: 'ihar-yauhenavich-butkevich',
    name: 'Ihar Yauhenavich Butkevich',
    aliases: ['BUTKEVICH, Ihar Yauhenavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33173' }],
  },
  {
    id: 'ihor-anatolevich-kryuchkov',
    name: 'Игорь Анатольевич Крючков',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6692.78', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6692.78' }],
  },
  {
    id: 'ihor-hrihorevich-kenyukh',
    name: 'Игорь Григорьевич Кенюх',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6410.19', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6410.19' }],
  },
  {
    id: 'ihor-petrovich-tur',
    name: 'Игорь петрович Тур',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8338.13', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.8338.13' }],
  },
  {
    id: 'ihor-viktorovich-kurilovich',
    name: 'Игорь Викторович Курилович',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6333.42', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6333.42' }],
  },
  {
    id: 'ina-vladimirovna-aleksina',
    name: 'Ina Vladimirovna Aleksina',
    aliases: ['ALEKSINA, Ina Vladimirovna'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '44540' }],
  },
  {
    id: 'irina-aliaksandrauna-tselikavets',
    name: 'Irina Aliaksandrauna Tselikavets',
    aliases: [
      'Irina Akexandrova CELIKOVEC',
      'Irina Alexandrovna CELIKOVEC',
      'Irina Aliaksandrauna CELIKOVEC',
      'Irina Akexandrova TSELIKAVETS',
      'Irina Alexandrovna TSELIKAVETS',
      'Irina Akexandrova Tselikovec',
      'Irina Alexandrovna Tselikovec',
      'Irina Aliaksandrauna Tselikovec',
      'TSELIKAVIETS, Iryna Aliaksandrawna',
      'Ирина Александровна ЦЕЛИКОВЕЦ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5818.59', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31948', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '31948' },
      { list: 'eu-fsf', id: 'EU.5818.59' },
      { list: 'uk-list', id: 'BEL0044' },
    ],
  },
  {
    id: 'ivan-bronislavovich-myslitskii',
    name: 'Иван Брониславович Мыслицкий',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6388.76', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6388.76' }],
  },
  {
    id: 'ivan-danilavich-naskevich',
    name: 'Ivan Danilavich Naskevich',
    aliases: ['Ivan Danilovich Naskevich', 'Ivan Danilavich Noskevich', 'Ivan Danilovich Noskevich'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5955.44', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5955.44' },
      { list: 'uk-list', id: 'BEL0054' },
    ],
  },
  {
    id: 'ivan-ivanovich-holovatyi',
    name: 'Иван Иванович Головатый',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8341.86', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.8341.86' }],
  },
  {
    id: 'ivan-uladzimiravich-kubrakou',
    name: 'Ivan Uladzimiravich Kubrakou',
    aliases: [
      'Ivan Vladimirovich KUBRAKOU',
      'Ivan Uladzimiravich KUBRAKOV',
      'Ivan Vladimirovich KUBRAKOV',
      'KUBRAKOU, Ivan Uladzimiravich',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5798.93', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '29663', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '29663' },
      { list: 'eu-fsf', id: 'EU.5798.93' },
      { list: 'uk-list', id: 'BEL0014' },
    ],
  },
  {
    id: 'ivan-yurievich-sakalouski',
    name: 'Ivan Yurievich Sakalouski',
    aliases: ['Ivan Yurievich SOKOLOVSKI', 'Иван Юрьевич СОКОЛОВСКИЙ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5809.89', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5809.89' },
      { list: 'uk-list', id: 'BEL0026' },
    ],
  },
  {
    id: 'kanstantsin-fiodaravich-bychak',
    name: 'Kanstantsin Fiodaravich Bychak',
    aliases: ['BYCHAK, Kanstantsin Fiodaravich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32677', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32677' }],
  },
  {
    id: 'katsyaryna-alyaksandrauna-fedasenka',
    name: 'Katsyaryna Alyaksandrauna Fedasenka',
    aliases: ['FEDASENKA, Katsyaryna Alyaksandrauna'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34950' }],
  },
  {
    id: 'khazalbek-bakhtibekovich-atabekov',
    name: 'Khazalbek Bakhtibekovich Atabekov',
    aliases: [
      'Khazalbek Bakhtibekavich Atabekov',
      'Khazalbek Baktibekavich Atabekov',
      'Khazalbek Bakhtibekavich',
      'Kazalbek Baktibekavich',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5857.33', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5857.33' },
      { list: 'uk-list', id: 'BEL0010' },
    ],
  },
  {
    id: 'khazalbek-bakhtsibekavich-atabekau',
    name: 'Khazalbek Bakhtsibekavich Atabekau',
    aliases: ['ATABEKAU, Khazalbek Bakhtsibekavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '29673', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '29673' }],
  },
  {
    id: 'kirill-stanislavovich-kislov',
    name: 'Кирилл Станиславович Кислов',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6394.49', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6394.49' }],
  },
  {
    id: 'konstantin-fedorovich-bychek',
    name: 'Константин Фёдорович Бычек',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6403.47', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6403.47' }],
  },
  {
    id: 'konstantin-gennadievich-molostov',
    name: 'Konstantin Gennadievich Molostov',
    aliases: ['MOLOSTOV, Konstantin Gennadievich', 'Константин Геннадьевич МОЛОСТОВ'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6694.76', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '33177' },
      { list: 'eu-fsf', id: 'EU.6694.76' },
    ],
  },
  {
    id: 'leanid-mikalaievich-churo',
    name: 'Leanid Mikalaievich Churo',
    aliases: [
      'Leanid Mikalaevich Churo',
      'Leonid Nikolaevich Churo',
      'Lieanid Mikalajevich Churo',
      'CHURO, Leanid Mikalaevich',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6454.85', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32742', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '32742' },
      { list: 'eu-fsf', id: 'EU.6454.85' },
      { list: 'uk-list', id: 'BEL0098' },
    ],
  },
  {
    id: 'leanid-vyacheslavovich-zhurauski',
    name: 'Leanid Vyacheslavovich Zhurauski',
    aliases: [
      'Leonid Zhurauski',
      'Leanid Vyacheslavovich Zhuravski',
      'Leonid Zhuravski',
      'Leonid Vyacheslavovich Zhuravski',
      'Леонид ЖУРАВСКИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5806.92', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5806.92' },
      { list: 'uk-list', id: 'BEL0022' },
    ],
  },
  {
    id: 'lyudmila-gladkaya',
    name: 'Lyudmila Gladkaya',
    aliases: ['Liudmila GLADKAYA', 'Liudmila Hladkaya', 'Lyudmila Hladkaya', 'Людмила Леонидовна ГЛАДКАЯ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8339.12', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.8339.12' },
      { list: 'uk-list', id: 'BEL0116' },
    ],
  },
  {
    id: 'main-economic-department-of-the-administrative-affairs-offic',
    name: 'Main Economic Department of the Administrative Affairs Office of the President of the Republic of Belarus (Ghu)',
    kind: 'entity',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0064' }],
  },
  {
    id: 'maksim-leonidovich-trusevich',
    name: 'Максим Леонидович Трусевич',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6339.36', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6339.36' }],
  },
  {
    id: 'maksim-ryzhenkov',
    name: 'Maksim Ryzhenkov',
    aliases: [
      'Maksim Ryzhankou',
      'Maxim Ryzhankou',
      'Maxim Uladzimiravich Ryzhankou',
      'Maxim Vladimirovich Ryzhankou',
      'Maxim Ryzhenkov',
      'Maxim Uladzimiravich Ryzhenkov',
      'Maxim Vladimirovich Ryzhenkov',
      'Mаксим Владимирович РЫЖЕНКОВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6379.9', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6379.9' },
      { list: 'uk-list', id: 'BEL0103' },
    ],
  },
  {
    id: 'maksim-viktorovich-butranets',
    name: 'Максим Викторович Бутранец',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6698.72', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6698.72' }],
  },
  {
    id: 'maksim-yurevich-filatov',
    name: 'Максим Юрьевич Филатов',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6345.9', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6345.9' }],
  },
  {
    id: 'marat-sergeevich-markov',
    name: 'Marat Sergeevich Markov',
    aliases: ['Марат Сергеевич МАРКОВ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6708.69', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6708.69' },
      { list: 'uk-list', id: 'BEL0104' },
    ],
  },
  {
    id: 'marina-arkadievna-fedorova',
    name: 'Marina Arkadievna Fedorova',
    aliases: [
      'Maryna Arkadzeuna FEDOROVA',
      'Marina Arkadievna Fiodarava',
      'Maryna Arkadzeuna Fiodarava',
      'Марина Аркадьевна ФЕДОРОВА',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6042.82', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6042.82' },
      { list: 'uk-list', id: 'BEL0095' },
    ],
  },
  {
    id: 'marina-sviatoslavovna-zapasnik',
    name: 'Marina Sviatoslavovna Zapasnik',
    aliases: ['Marina Sviataslavauna Zapasnik', 'Марина Святославовна ЗАПАСНИК'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6344.10', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0154', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6344.10' },
      { list: 'uk-list', id: 'BEL0154' },
    ],
  },
  {
    id: 'marina-yureuna-rakhmanava',
    name: 'Marina Yureuna Rakhmanava',
    aliases: [
      'Marina YUREUNA RACHMANOVA',
      'Marina Yurievna RACHMANOVA',
      'Marina Yurievna Rakhmanava',
      'Marina YUREUNA RAKHMANOVA',
      'Marina Yurievna RAKHMANOVA',
      'Марина Юрьевна РАХМАНОВА',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5816.61', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5816.61' },
      { list: 'uk-list', id: 'BEL0042' },
    ],
  },
  {
    id: 'mariya-vyacheslavovna-erokhina',
    name: 'Мария Вячеславовна Ерохина',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6336.39', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6336.39' }],
  },
  {
    id: 'maryna-jurjewna-rakhmanava',
    name: 'Maryna Jurjewna Rakhmanava',
    aliases: ['RAKHMANAVA, Maryna Jurjewna'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31947', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '31947' }],
  },
  {
    id: 'maxim-aliaksandravich-gamola',
    name: 'Maxim Aliaksandravich Gamola',
    aliases: ['Maxim Alexandrovich GAMOLA', 'Максим Александрович ГАМОЛА'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5799.92', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5799.92' },
      { list: 'uk-list', id: 'BEL0015' },
    ],
  },
  {
    id: 'maxim-yakovlevich-mikhovich',
    name: 'Maxim Yakovlevich Mikhovich',
    aliases: ['Максим МИХОВИЧ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5808.90', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5808.90' },
      { list: 'uk-list', id: 'BEL0024' },
    ],
  },
  {
    id: 'mikail-safarbekovich-hutseriev',
    name: 'Микаи́л Сафарбе́кович Гуцери́ев',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6385.79', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6385.79' }],
  },
  {
    id: 'mikalai-mikalaevich-varabei',
    name: 'Mikalai Mikalaevich Varabei',
    aliases: ['VARABEI, Mikalai Mikalaevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32612', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32612' }],
  },
  {
    id: 'mikhail-alexandrovich-domarnatsky',
    name: 'Mikhail Alexandrovich Domarnatsky',
    aliases: [
      'Mikhail Alexandrovich DAMARNACKI',
      'Mikhail Aliaksandravich DAMARNACKI',
      'Mikhail Aliaksandravich DAMARNATSKI',
      'Mikhail Aliaksandravich DOMARNATSKY',
      'Михаил ДОМАРНАЦКИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5807.91', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5807.91' },
      { list: 'uk-list', id: 'BEL0023' },
    ],
  },
  {
    id: 'mikhail-hryb',
    name: 'Mikhail Hryb',
    aliases: ['HRYB, Mikhail', 'Михаил Вячеславович ГРИБ'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6366.43', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31831', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '31831' },
      { list: 'eu-fsf', id: 'EU.6366.43' },
    ],
  },
  {
    id: 'mikhail-ivanovich-dola',
    name: 'Mikhail Ivanovich Dola',
    aliases: ['Mikalai Ivanavich Dolia', 'Nikolai Ivanovich Dolya'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0141', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0141' }],
  },
  {
    id: 'mikhail-kavaliou',
    name: 'Mikhail Kavaliou',
    aliases: ['Mikhail Kovalev'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0145', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0145' }],
  },
  {
    id: 'mikhail-petrovitch-bedunkevich',
    name: 'Mikhail Petrovitch Bedunkevich',
    aliases: ['Mikhail Piatrovich BYADUNKEVICH', 'BEDUNKEVICH, Mikhail Petrovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2025-01-27-election-listings',
        note: 'On the UK Sanctions List, designated 27 Jan 2025 as the list gives it.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '33022' },
      { list: 'uk-list', id: 'BEL0173' },
    ],
  },
  {
    id: 'mikhail-ryhoravich-barazna',
    name: 'Мiхаiл Рыгоравiч Баразна',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6512.26', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6512.26' }],
  },
  {
    id: 'mohamad-majd-deiry',
    name: 'Mohamad Majd Deiry',
    aliases: ['DEIRY, Mohamad Majd'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48383' }],
  },
  {
    id: 'natalia-anatolievna-dedkova',
    name: 'Natalia Anatolievna Dedkova',
    aliases: [
      'Natallia Anatolievna DEDKOVA',
      'Natalia Anatolievna Dziadkova',
      'Natallia Anatolievna Dziadkova',
      'Наталья Анатольевна ДЕДКОВА',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6041.83', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6041.83' },
      { list: 'uk-list', id: 'BEL0088' },
    ],
  },
  {
    id: 'natalia-mikhailovna-buguk',
    name: 'Natalia Mikhailovna Buguk',
    aliases: [
      'Natallia Mikhailauna BUGUK',
      'Natalia Mikahilauna Buhuk',
      'Natalia Mikhailovna Buhuk',
      'Natallia Mikhailauna Buhuk',
      'Наталья Михайловна БУГУК',
    ],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6331.44', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6331.44' },
      { list: 'uk-list', id: 'BEL0112' },
    ],
  },
  {
    id: 'natallia-uladzimirauna-piatkevich',
    name: 'Natallia Uladzimirauna Piatkevich',
    aliases: ['PIATKEVICH, Natallia Uladzimirauna'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '9771', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '9771' }],
  },
  {
    id: 'natsyyanalnaya-dzyarzhaunaya-teleradyekampaniya-respubliki-b',
    name: 'Нацыянальная дзяржаўная тэлерадыёкампанiя Рэспублiкi Беларусь / Белтэлерадыёкампанiя',
    kind: 'entity',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8287.44', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.8287.44' }],
  },
  {
    id: 'nikolai-karpenkov',
    name: 'Nikolai Karpenkov',
    aliases: [
      'Mikalai Karpenkov',
      'Nikolay Karpenkov',
      'Mikalai Karpiankou',
      'Nikolai Karpiankou',
      'Nikolay Karpiankou',
      'KARPIANKOU, Mikalai',
      'Николай Николаевич КАРПЕНКОВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6367.42', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31674', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '31674' },
      { list: 'eu-fsf', id: 'EU.6367.42' },
      { list: 'uk-list', id: 'BEL0105' },
    ],
  },
  {
    id: 'nikolai-nikolaevich-gaichuk',
    name: 'Nikolai Nikolaevich Gaichuk',
    aliases: ['GAICHUK, Nikolai Nikolaevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-12-05-designations',
        note: 'First on the OFAC SDN list in its copy of 5 Dec 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '46550' }],
  },
  {
    id: 'nikolaj-dolja',
    name: 'Nikolaj Dolja',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8397.22', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.8397.22' }],
  },
  {
    id: 'nikolay-nikolayevich-vorobey',
    name: 'Nikolay Nikolayevich Vorobey',
    aliases: ['Николай Николаевич ВОРОБЕЙ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6047.77', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6047.77' },
      { list: 'uk-list', id: 'BEL0068' },
    ],
  },
  {
    id: 'nora-yagmur',
    name: 'Nora Yagmur',
    aliases: ['YAGMUR, Nora'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48386' }],
  },
  {
    id: 'nurmurad-kurbanov',
    name: 'Nurmurad Kurbanov',
    aliases: ['KURBANOV, Nurmurad'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-02-24-designations-kurbanov',
        note: 'First on the OFAC SDN list in its copy of 24 Feb 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '40791' }],
  },
  {
    id: 'oleg-georgevich-karazei',
    name: 'Oleg Georgevich Karazei',
    aliases: ['Aleh Heorhievich KARAZEI', 'Aleh Heorhievich Karaziei', 'Олег Георгиевич КАРАЗЕЙ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6021.48', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6021.48' },
      { list: 'uk-list', id: 'BEL0071' },
    ],
  },
  {
    id: 'oleg-nikolaevich-beliakov',
    name: 'Oleg Nikolaevich Beliakov',
    aliases: [
      'Aleg Balyakau',
      'Aleg Nikolaevich Balyakau',
      'Oleg Nikolaevich Balyakau',
      'Aleg Nikolaevich Beliakov',
      'Aleg Nikolaevich Belyakov',
      'Oleg Belyakov',
      'Oleg Nikolaevich Belyakov',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0106' }],
  },
  {
    id: 'oleg-sergeevich-gaidukevich',
    name: 'Oleg Sergeevich Gaidukevich',
    aliases: [
      'Aleh Siarheevich Gaidukevich',
      'Aleh Siarheevich Haidukevich',
      'Oleg Sergeevich Haidukevich',
      'HAIDUKEVICH, Aleh Siarheevich',
      'Олег Сергеевич ГАЙДУКЕВИЧ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-06-21-ryanair-listings',
        note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6460.58', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32741', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '32741' },
      { list: 'eu-fsf', id: 'EU.6460.58' },
      { list: 'uk-list', id: 'BEL0102' },
    ],
  },
  {
    id: 'oleg-stanislavovich-shandarovich',
    name: 'Oleg Stanislavovich Shandarovich',
    aliases: ['SHANDAROVICH, Oleg Stanislavovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32715', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32715' }],
  },
  {
    id: 'oleg-valentinovich-larin',
    name: 'Oleg Valentinovich Larin',
    aliases: ['LARIN, Oleg Valentinovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33018' }],
  },
  {
    id: 'oleg-yurchik',
    name: 'Oleg Yurchik',
    aliases: ['YURCHIK, Oleg'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48324' }],
  },
  {
    id: 'oleh-nikolaevich-lashchinovskii',
    name: 'Олег Николаевич Лащиновский',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6406.44', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6406.44' }],
  },
  {
    id: 'olga-leanidauna-darashenka',
    name: 'Olga Leanidauna Darashenka',
    aliases: [
      'Olga Leonidovna DARASHENKA',
      'Olga Leanidauna Doroshenko',
      'Olga Leonidovna Doroshenko',
      'Ольга Леонидовна ДОРОШЕНКО',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5811.66', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5811.66' },
      { list: 'uk-list', id: 'BEL0037' },
    ],
  },
  {
    id: 'olha-nikolaevna-chemodanova',
    name: 'Ольга Николаевна Чемоданова',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6356.74', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6356.74' }],
  },
  {
    id: 'olha-serheevna-neborskaya',
    name: 'Ольга Сергеевна Неборская',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6343.11', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6343.11' }],
  },
  {
    id: 'open-joint-stock-company-gomel-radio-plant',
    name: 'Open Joint Stock Company Gomel Radio Plant',
    kind: 'entity',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-08-08', id: 'BEL0128', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 8 Aug 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0128' }],
  },
  {
    id: 'otkrytoye-aktsionernoye-obschestvo-tae-avia',
    name: 'Otkrytoye Aktsionernoye Obschestvo Tae Avia',
    kind: 'entity',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-12-02', id: '33398', copy: '2021-12-02' },
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33398' }],
  },
  {
    id: 'pavel-georgievich-topuzidis',
    name: 'Pavel Georgievich Topuzidis',
    aliases: ['TOPUZIDIS, Pavel Georgievich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-12-05-designations',
        note: 'First on the OFAC SDN list in its copy of 5 Dec 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '46220' }],
  },
  {
    id: 'pavel-ivanovich-kazakov',
    name: 'Pavel Ivanovich Kazakov',
    aliases: ['Pavel Ivanavich KAZAKOU'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2025-01-27-election-listings',
        note: 'On the UK Sanctions List, designated 27 Jan 2025 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0174' }],
  },
  {
    id: 'pavel-mikalaevich-liokhi',
    name: 'Pavel Mikalaevich Liokhi',
    aliases: ['Pavel Nikolaevich LIOKHI'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0073' }],
  },
  {
    id: 'pavel-nikolaevich-kharchenko',
    name: 'Павел Николаевич Харченко',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6695.75', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6695.75' }],
  },
  {
    id: 'pavel-nikolaevich-lehkii',
    name: 'Павел Николаевич Лёгкий',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6015.75', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6015.75' }],
  },
  {
    id: 'petr-aleksandrovich-orlov',
    name: 'Petr Aleksandrovich Orlov',
    aliases: ['Piotr Aleksandrovich Arlou'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0148', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0148' }],
  },
  {
    id: 'raman-ivanavich-melnik',
    name: 'Raman Ivanavich Melnik',
    aliases: ['Roman Ivanovich Melnik'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5954.45', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5954.45' },
      { list: 'uk-list', id: 'BEL0049' },
    ],
  },
  {
    id: 'raman-leanidavich-podlineu',
    name: 'Raman Leanidavich Podlineu',
    aliases: ['PODLINEU, Raman Leanidavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33174' }],
  },
  {
    id: 'roman-ivanovich-bizyuk',
    name: 'Roman Ivanovich Bizyuk',
    aliases: ['Raman Biziuk', 'Raman Ivanavitj Biziuk', 'Raman Ivanovich Biziuk'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0150', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0150' }],
  },
  {
    id: 'samer-rayya',
    name: 'Samer Rayya',
    aliases: ['RAYYA, Samer'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48382' }],
  },
  {
    id: 'sergei-aleksandrovich-epikhov',
    name: 'Sergei Aleksandrovich Epikhov',
    aliases: ['Siarhei Aliaksandravich Epikhau', 'Siarhei Yepikhau'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0142', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0142' }],
  },
  {
    id: 'sergei-fiodorovich-khripach',
    name: 'Sergei Fiodorovich Khripach',
    aliases: ['Sergey Fedorovich Khripach', 'Siarhei Fiodaravich Krypach'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0152', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0152' }],
  },
  {
    id: 'sergei-leonidivich-kalinnik',
    name: 'Sergei Leonidivich Kalinnik',
    aliases: ['Siarhei Leanidavich KALINNIK', 'Сергей Леонидович КАЛИННИК'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6027.42', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6027.42' },
      { list: 'uk-list', id: 'BEL0070' },
    ],
  },
  {
    id: 'sergei-olegovich-nikiforovich',
    name: 'Sergei Olegovich Nikiforovich',
    aliases: ['NIKIFOROVICH, Sergei Olegovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '41337' }],
  },
  {
    id: 'sergei-sergeevich-girgel',
    name: 'Sergei Sergeevich Girgel',
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0144', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0144' }],
  },
  {
    id: 'sergej-aleksandrovitj-jepichov',
    name: 'Sergej Aleksandrovitj Jepichov',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6793.86', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6793.86' }],
  },
  {
    id: 'sergej-sergejevitj-girgel',
    name: 'Sergej Sergejevitj Girgel',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6794.85', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6794.85' }],
  },
  {
    id: 'sergey-alexandrovich-gusachenko',
    name: 'Sergey Alexandrovich Gusachenko',
    aliases: [
      'Siarhei Aliaksandravich Gusachenka',
      'Sergei Aleksandrovich GUSACHENKO',
      'Sergei Alexandrovich GUSACHENKO',
      'Sergey Aleksandrovich GUSACHENKO',
      'Siarhei Aliaksandravich HUSACHENKA',
      'Siarhej Aliaksandravich HUSACHENKA',
      'Сергей Александрович ГУСАЧЕНКО',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-12-02-belaruskali',
        note: 'On the UK Sanctions List, designated 2 Dec 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6354.76', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6354.76' },
      { list: 'uk-list', id: 'BEL0118' },
    ],
  },
  {
    id: 'serhei-ivanovich-skriba',
    name: 'Сергей Иванович Скриба',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6417.12', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6417.12' }],
  },
  {
    id: 'serhei-petrovich-artemenko',
    name: 'Сергей Петрович Артёменко',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6398.45', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6398.45' }],
  },
  {
    id: 'serhei-semenovich-teterin',
    name: 'Сергей Семёнович Тетерин',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6384.80', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6384.80' }],
  },
  {
    id: 'serhei-viktorovich-shatilo',
    name: 'Сергей Викторович Шатило',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6334.41', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6334.41' }],
  },
  {
    id: 'serhei-vladimirovich-ushakov',
    name: 'Сергей Владимирович Ушаков',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6399.44', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6399.44' }],
  },
  {
    id: 'siarhei-aliakseevich-kalinousky',
    name: 'Siarhei Aliakseevich Kalinousky',
    aliases: [
      'Sergei Alekseevich Kalinousky',
      'Sergey Alekseevich Kalinousky',
      'Sergei Alekseevich Kalinovski',
      'SIARHEI ALIAKSEEVICH Kalinovski',
      'Sergei Alekseevich Kalinovskiy',
      'SIARHEI ALIAKSEEVICH Kalinovskiy',
      'Сергей Алексеевич КАЛИНОВСКИЙ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5812.65', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5812.65' },
      { list: 'uk-list', id: 'BEL0038' },
    ],
  },
  {
    id: 'siarhei-aliaksiejevich-kalinowski',
    name: 'Siarhei Aliaksiejevich Kalinowski',
    aliases: ['KALINOWSKI, Siarhei Aliaksiejevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31913', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '31913' }],
  },
  {
    id: 'siarhei-charheika',
    name: 'Siarhei Charheika',
    aliases: ['CHARHEIKA, Siarhei', 'CHERGEIKO, S.V.'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48581' }],
  },
  {
    id: 'siarhei-ihnatavich-novikau',
    name: 'Siarhei Ihnatavich Novikau',
    aliases: ['NOVIKAU, Siarhei Ihnatavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33176' }],
  },
  {
    id: 'siarhei-mikalaevich-khamenka',
    name: 'Siarhei Mikalaevich Khamenka',
    aliases: ['Sergei Nikolaevich KHAMENKA', 'Sergei Nikolaevich KHOMENKO', 'SIARHEI MIKALAEVICH KHOMENKO'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5757.24', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5757.24' },
      { list: 'uk-list', id: 'BEL0008' },
    ],
  },
  {
    id: 'siarhei-yakaulevich-azemsha',
    name: 'Siarhei Yakaulevich Azemsha',
    aliases: ['Sergei Yakovlevich Azemsha', 'AZEMSHA, Siarhei Yakaulevich', 'Сергей Яковлевич АЗЕМША'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5962.16', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32717', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '32717' },
      { list: 'eu-fsf', id: 'EU.5962.16' },
      { list: 'uk-list', id: 'BEL0053' },
    ],
  },
  {
    id: 'siarhei-yaugenavich-tserabau',
    name: 'Siarhei Yaugenavich Tserabau',
    aliases: [
      'Sergey Evgenievich Terabov',
      'SIARHEI YAUGENAVICH Terabov',
      'Sergei Yevgenevich Terebov',
      'Sergey Evgenievich TSERABAU',
      'Сергей Евгеньевич ТЕРЕБОВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5856.34', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5856.34' },
      { list: 'uk-list', id: 'BEL0028' },
    ],
  },
  {
    id: 'siarhei-yaugenavich-zubkou',
    name: 'Siarhei Yaugenavich Zubkou',
    aliases: [
      'Sergei Yevgenevich',
      'Sergei Yevgenevich Zubkou',
      'Sergei Yevgenevich Zubkov',
      'Siarhei Yaugenavich Zubkov',
      'ZUBKOV, Sergei Yevgenevich',
      'Сергей Евгеньевич ЗУБКОВ',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5967.11', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32211', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '32211' },
      { list: 'eu-fsf', id: 'EU.5967.11' },
      { list: 'uk-list', id: 'BEL0058' },
    ],
  },
  {
    id: 'siarhej-pjatrovitj-rubnikovitj',
    name: 'Siarhej Pjatrovitj Rubnikovitj',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6536.57', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6536.57' }],
  },
  {
    id: 'stiapan-mikalayevich-sukharenka',
    name: 'Stiapan Mikalayevich Sukharenka',
    aliases: ['SUKHARENKA, Stiapan Mikalayevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '9766', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '9766' }],
  },
  {
    id: 'svetlana-aleksandrovna-bondarenko',
    name: 'Svetlana Aleksandrovna Bondarenko',
    aliases: ['Sviatlana Aliaksandrauna Bandarenka'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0140', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0140' }],
  },
  {
    id: 'sviatlana-piatrouna-katsuba',
    name: 'Sviatlana Piatrouna Katsuba',
    aliases: [
      'Svetlana Petrovna Kacubo',
      'Sviatlana Piatrouna Kacubo',
      'Svetlana Petrovna Katsuba',
      'Svetlana Petrovna Katsubo',
      'Sviatlana Piatrouna Katsubo',
      'KATSUBA, Sviatlana Piatrowna',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5813.64', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31915', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '31915' },
      { list: 'eu-fsf', id: 'EU.5813.64' },
      { list: 'uk-list', id: 'BEL0039' },
    ],
  },
  {
    id: 'svjatlana-anatoljeuna-ljubetskaja',
    name: 'Svjatlana Anatoljeuna Ljubetskaja',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6533.60', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6533.60' }],
  },
  {
    id: 'syarhei-alya-sandravich-vareika',
    name: 'Сяргей Аляĸсандравіч Варэйка',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6378.10', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6378.10' }],
  },
  {
    id: 'syarhei-feliksavich-dubavik',
    name: 'Сяргей Феліксавіч Дубавік',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6377.11', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6377.11' }],
  },
  {
    id: 'tatyana-alexandrova-grakun',
    name: 'Tatyana Alexandrova Grakun',
    aliases: ['Tatsiana Aliaksandrauna Grakun'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0143', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0143' }],
  },
  {
    id: 'tatyana-protopovich',
    name: 'Tatyana Protopovich',
    aliases: ['PROTOPOVICH, Tatyana'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2024-04-15-designations',
        note: 'First on the OFAC SDN list in its copy of 15 Apr 2024.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '48385' }],
  },
  {
    id: 'tatyana-yaroslavovna-motyl',
    name: 'Татьяна Ярославовна Мотыль',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6340.14', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6340.14' }],
  },
  {
    id: 'uladzimir-iosifavich-lapyr',
    name: 'Uladzimir Iosifavich Lapyr',
    aliases: ['LAPYR, Uladzimir Iosifavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32632', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32632' }],
  },
  {
    id: 'uladzimir-stsiapanavich-karanik',
    name: 'Uladzimir Stsiapanavich Karanik',
    aliases: ['Vladimir Stepanovich KARANIK'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6013.77', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6013.77' },
      { list: 'uk-list', id: 'BEL0079' },
    ],
  },
  {
    id: 'uladzimir-uladzimiravich-naumau',
    name: 'Uladzimir Uladzimiravich Naumau',
    aliases: ['NAUMAU, Uladzimir Uladzimiravich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '9898', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '9898' }],
  },
  {
    id: 'uladzimir-viktaravich-kalach',
    name: 'Uladzimir Viktaravich Kalach',
    aliases: ['Vladimir Viktorovich Kalach'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.5765.92', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5765.92' },
      { list: 'uk-list', id: 'BEL0030' },
    ],
  },
  {
    id: 'vadim-aleksandrovich-babarikin',
    name: 'Vadim Aleksandrovich Babarikin',
    aliases: ['BABARIKIN, Vadim Aleksandrovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-12-05-designations',
        note: 'First on the OFAC SDN list in its copy of 5 Dec 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '46389' }],
  },
  {
    id: 'vadzim-dzmitryevich-ipatau',
    name: 'Vadzim Dzmitryevich Ipatau',
    aliases: [
      'Vadim Dmitrievich Ipatau',
      'Vadim Dmitrievich IPATOV',
      'Vadzim DZMITRYEVICH IPATOV',
      'IPATAU, Vadzim Dzmitrievich',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5753.28', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '29674', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '29674' },
      { list: 'eu-fsf', id: 'EU.5753.28' },
      { list: 'uk-list', id: 'BEL0034' },
    ],
  },
  {
    id: 'vadzim-siarhejevich-prygara',
    name: 'Vadzim Siarhejevich Prygara',
    aliases: [
      'Vadim Sergeevich Prigara',
      'Vadzim Siarhejevich Prigara',
      'Vadim Sergeevich PRYGARA',
      'Вадим Сергеевич ПРИГАРА',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6028.41', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6028.41' },
      { list: 'uk-list', id: 'BEL0075' },
    ],
  },
  {
    id: 'valentina-gennadevna-kulik',
    name: 'Valentina Gennadevna Kulik',
    aliases: ['Valiantsina Genadzeuna Kulik', 'Валентина Геннадьевна КУЛИК'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-12-02', id: 'EU.6704.73', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 2 Dec 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0146', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6704.73' },
      { list: 'uk-list', id: 'BEL0146' },
    ],
  },
  {
    id: 'valentina-nikolaevna-zenkevich',
    name: 'Valentina Nikolaevna Zenkevich',
    aliases: ['Valiantsina Zenkevich'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0155', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0155' }],
  },
  {
    id: 'valeri-paulavich-vakulchyk',
    name: 'Valeri Paulavich Vakulchyk',
    aliases: [
      'Valeri Paulavich Vakulchik',
      'Valeri Pawlavich Vakulchik',
      'Valery Pavlovich Vakulchik',
      'Valery Pawlavich Vakulchik',
      'Valery Pavlovich Vakulchyk',
      'Valeryy Pawlavich Vakulchyk',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5762.95', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.5762.95' },
      { list: 'uk-list', id: 'BEL0027' },
    ],
  },
  {
    id: 'valery-valerievich-ivankovich',
    name: 'Valery Valerievich Ivankovich',
    aliases: ['IVANKOVICH, Valery Valerievich', 'Валерий Валерьевич ИВАНКОВИЧ'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6382.82', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-03-24-designations',
        note: 'First on the OFAC SDN list in its copy of 24 Mar 2023.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '41439' },
      { list: 'eu-fsf', id: 'EU.6382.82' },
    ],
  },
  {
    id: 'vasiliy-vasilievich-sysoyev',
    name: 'Vasiliy Vasilievich Sysoyev',
    aliases: ['SYSOYEV, Vasiliy Vasilievich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33023' }],
  },
  {
    id: 'viachaslau-yevgenyevich-rassalai',
    name: 'Viachaslau Yevgenyevich Rassalai',
    aliases: ['RASSALAI, Viachaslau Yevgenyevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2022-02-24-designations',
        note: 'First on the OFAC SDN list in its copy of 25 Feb 2022.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '34780' }],
  },
  {
    id: 'victor-frantsevich-selitskiy',
    name: 'Victor Frantsevich Selitskiy',
    aliases: ['SELITSKIY, Victor Frantsevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33402' }],
  },
  {
    id: 'victoria-valeryeuna-shabunya',
    name: 'Victoria Valeryeuna Shabunya',
    aliases: ['Victoria Valerevna SHABUNYA'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0090' }],
  },
  {
    id: 'viktar-hryhoryavich-halavanau',
    name: 'Viktar Hryhoryavich Halavanau',
    aliases: ['HALAVANAU, Viktar Hryhoryavich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '9761', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '9761' }],
  },
  {
    id: 'viktar-ivanavich-stanishlauchyk',
    name: 'Viktar Ivanavich Stanishlauchyk',
    aliases: [
      'Viktor Ivanovich STANISHLAUCHYK',
      'Viktar Ivanavich Stanislavchik',
      'Viktor Ivanovich Stanislavchik',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6071.87', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6071.87' },
      { list: 'uk-list', id: 'BEL0076' },
    ],
  },
  {
    id: 'viktor-alexandrovich-dubrovka',
    name: 'Viktor Alexandrovich Dubrovka',
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2025-01-27-election-listings',
        note: 'On the UK Sanctions List, designated 27 Jan 2025 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0175' }],
  },
  {
    id: 'viktor-evgenievich-petrovich',
    name: 'Viktor Evgenievich Petrovich',
    aliases: ['PETROVICH, Viktor Evgenievich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-12-05-designations',
        note: 'First on the OFAC SDN list in its copy of 5 Dec 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '46221' }],
  },
  {
    id: 'viktor-ivanovich-franskevich',
    name: 'Viktor Ivanovich Franskevich',
    aliases: ['FRANSKEVICH, Viktor Ivanovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33403' }],
  },
  {
    id: 'viktoriya-valerevna-shabunya',
    name: 'Виктория Валерьевна Шабуня',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6039.9', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6039.9' }],
  },
  {
    id: 'vital-aliakseevich-aleksin',
    name: 'Vital Aliakseevich Aleksin',
    aliases: ['ALEKSIN, Vital Aliakseevich', 'Виталий Алексеевич ОЛЕКСИН'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2022-06-03', id: 'EU.8329.43', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 3 Jun 2022 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2023-08-09-designations',
        note: 'First on the OFAC SDN list in its copy of 9 Aug 2023.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '44539' },
      { list: 'eu-fsf', id: 'EU.8329.43' },
    ],
  },
  {
    id: 'vitalii-mikhailovich-makritskii',
    name: 'Виталий Михайлович Макрицкий',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6374.14', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6374.14' }],
  },
  {
    id: 'vitalii-vitalevich-kapilevich',
    name: 'Виталий Витальевич Капилевич',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6395.48', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6395.48' }],
  },
  {
    id: 'vitalyi-ivanovich-stasiukevich',
    name: 'Vitalyi Ivanovich Stasiukevich',
    aliases: ['Vital Ivanavich STASIUKEVICH', 'Виталий Иванович СТАСЮКЕВИЧ'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6025.44', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6025.44' },
      { list: 'uk-list', id: 'BEL0077' },
    ],
  },
  {
    id: 'vladimir-iosifovich-lapyr',
    name: 'Владимир Иосифович Лапырь',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6412.17', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6412.17' }],
  },
  {
    id: 'vladimir-vladimirovich-vashkevich',
    name: 'Vladimir Vladimirovich Vashkevich',
    aliases: ['VASHKEVICH, Vladimir Vladimirovich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        event: 'us-2021-12-02-designations-directive-1',
        note: 'First on the OFAC SDN list in its copy of 2 Dec 2021.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '33193' }],
  },
  {
    id: 'vladislav-alekseevich-mandrik',
    name: 'Владислав Алексеевич Мандрик',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6392.51', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6392.51' }],
  },
  {
    id: 'volha-lieanidawna-darashenka',
    name: 'Volha Lieanidawna Darashenka',
    aliases: ['DARASHENKA, Volha Lieanidawna'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31911', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '31911' }],
  },
  {
    id: 'vyacheslav-ivanovich-tuleyko',
    name: 'Vyacheslav Ivanovich Tuleyko',
    aliases: ['Vyacheslav Ivanovich Tulieko'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-12-07', id: 'BEL0149', copy: '2026-04-29' },
        note: 'On the UK Sanctions List, designated 7 Dec 2023 as the list gives it.',
      },
    ],
    listings: [{ list: 'uk-list', id: 'BEL0149' }],
  },
  {
    id: 'vyacheslav-vasilyevich-khoroneko',
    name: 'Vyacheslav Vasilyevich Khoroneko',
    aliases: ['KHORONEKO, Vyacheslav Vasilyevich'],
    kind: 'person',
    history: [
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '32748', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [{ list: 'us-sdn', id: '32748' }],
  },
  {
    id: 'yauhen-andreevich-shapetska',
    name: 'Yauhen Andreevich Shapetska',
    aliases: ['SHAPETSKA, Yauhen Andreevich'],
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6409.41', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '31731', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '31731' },
      { list: 'eu-fsf', id: 'EU.6409.41' },
    ],
  },
  {
    id: 'yulia-chaslavauna-hustyr',
    name: 'Yulia Chaslavauna Hustyr',
    aliases: ['Юлия Чеславовна ГУСТЫР'],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2021-02-18-listings-27',
        note: 'On the UK Sanctions List, designated 18 Feb 2021 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.6043.81', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [
      { list: 'eu-fsf', id: 'EU.6043.81' },
      { list: 'uk-list', id: 'BEL0094' },
    ],
  },
  {
    id: 'yuliya-aleksandrovna-bliznyuk',
    name: 'Юлия Александровна Близнюк',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6337.38', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6337.38' }],
  },
  {
    id: 'yuri-gennadyevich-nazarenko',
    name: 'Yuri Gennadyevich Nazarenko',
    aliases: [
      'Yuri Genadzevich NAZARANKA',
      'Yuri Gennadievich NAZARANKA',
      'Yuri Gennadyevich NAZARANKA',
      'Yuri Genadzevich Nazarenko',
      'Yuri Gennadievich Nazarenko',
      'NAZARANKA, Yuriy Henadzievich',
    ],
    kind: 'person',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        event: 'uk-2020-12-31-belarus-regulations-2019',
        note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
      },
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5758.23', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
      },
      {
        actor: 'us',
        change: 'listed',
        seen: { list: 'us-sdn', date: '2021-08-18', id: '29671', copy: '2021-08-18' },
        note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
      },
    ],
    listings: [
      { list: 'us-sdn', id: '29671' },
      { list: 'eu-fsf', id: 'EU.5758.23' },
      { list: 'uk-list', id: 'BEL0009' },
    ],
  },
  {
    id: 'zhanna-vladimirovna-baturitskaya',
    name: 'Жанна Владимировна Батурицкая',
    kind: 'person',
    history: [
      {
        actor: 'eu',
        change: 'listed',
        seen: { list: 'eu-fsf', date: '2021-06-21', id: 'EU.6407.43', copy: '2022-09-13' },
        note: 'On the EU consolidated list in its file of 13 Sept 2022; 21 Jun 2021 is the date of the latest act naming it, not of its first listing.',
      },
    ],
    listings: [{ list: 'eu-fsf', id: 'EU.6407.43' }],
  },
];

/** By target id: the changes the lists show for actors whose records do not name the target. */
export const listChanges: Record<string, TargetInput['history']> = {
  'liliya-lukashenka': [
    {
      actor: 'eu',
      change: 'listed',
      seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6381.83', copy: '2022-09-13' },
      note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
    },
  ],
  'lidia-yermoshina': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
  ],
  'viktor-sheiman': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
  ],
  'yury-sivakov': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
  ],
  'dmitry-pavlichenko': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
  ],
  'vladimir-naumov': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
  ],
  'petr-miklashevich': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
    {
      actor: 'eu',
      change: 'listed',
      seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5969.9', copy: '2022-09-13' },
      note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
    },
  ],
  'oleg-slizhevsky': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
    {
      actor: 'eu',
      change: 'listed',
      seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5817.60', copy: '2022-09-13' },
      note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
    },
  ],
  'alexander-barsukov': [
    {
      actor: 'eu',
      change: 'listed',
      seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5756.25', copy: '2022-09-13' },
      note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
    },
  ],
  'ivan-tertel': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
  ],
  'henadz-kazakevich': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
    {
      actor: 'eu',
      change: 'listed',
      seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5755.26', copy: '2022-09-13' },
      note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
    },
  ],
  'natallia-eismant': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2020-12-31-belarus-regulations-2019',
      note: 'On the UK Sanctions List, designated 31 Dec 2020 as the list gives it.',
    },
    {
      actor: 'eu',
      change: 'listed',
      seen: { list: 'eu-fsf', date: '2021-02-26', id: 'EU.5966.12', copy: '2022-09-13' },
      note: 'On the EU consolidated list in its file of 13 Sept 2022; 26 Feb 2021 is the date of the latest act naming it, not of its first listing.',
    },
  ],
  'viktor-khrenin': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2021-06-21-ryanair-listings',
      note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
    },
  ],
  'alexei-avramenko': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2021-06-21-ryanair-listings',
      note: 'On the UK Sanctions List, designated 21 Jun 2021 as the list gives it.',
    },
  ],
  belomo: [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2023-08-08', id: 'BEL0127', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 8 Aug 2023 as the list gives it.',
    },
  ],
  planar: [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2024-02-22', id: 'BEL0157', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 22 Feb 2024 as the list gives it.',
    },
  ],
  'precise-electro-mechanics-plant': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2024-02-22', id: 'BEL0158', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 22 Feb 2024 as the list gives it.',
    },
  ],
  transaviaexport: [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2022-03-24', id: 'BEL0123', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 24 Mar 2022 as the list gives it.',
    },
  ],
  'kidma-tech': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2023-08-08', id: 'BEL0129', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 8 Aug 2023 as the list gives it.',
    },
  ],
  peleng: [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2023-08-08', id: 'BEL0137', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 8 Aug 2023 as the list gives it.',
    },
  ],
  'kb-radar': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2022-03-24', id: 'BEL0125', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 24 Mar 2022 as the list gives it.',
    },
  ],
  'minotor-service': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2022-03-24', id: 'BEL0122', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 24 Mar 2022 as the list gives it.',
    },
  ],
  'kb-unmanned-helicopters': [
    {
      actor: 'uk',
      change: 'listed',
      event: 'uk-2025-01-27-election-listings',
      note: 'On the UK Sanctions List, designated 27 Jan 2025 as the list gives it.',
    },
  ],
  '2566-repair-plant': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2023-08-08', id: 'BEL0138', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 8 Aug 2023 as the list gives it.',
    },
  ],
  'orsha-aircraft-repair-plant': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2023-08-08', id: 'BEL0135', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 8 Aug 2023 as the list gives it.',
    },
  ],
  'design-bureau-display': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2023-12-06', id: 'BEL0139', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 6 Dec 2023 as the list gives it.',
    },
  ],
  'nnk-east': [
    {
      actor: 'eu',
      change: 'listed',
      seen: { list: 'eu-fsf', date: '2022-02-25', id: 'EU.6357.73', copy: '2022-09-13' },
      note: 'On the EU consolidated list in its file of 13 Sept 2022; 25 Feb 2022 is the date of the latest act naming it, not of its first listing.',
    },
  ],
  'belinvest-engineering': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2022-03-24', id: 'BEL0124', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 24 Mar 2022 as the list gives it.',
    },
  ],
  belbizneslizing: [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2022-03-24', id: 'BEL0121', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 24 Mar 2022 as the list gives it.',
    },
  ],
  'belarusian-oil-company': [
    {
      actor: 'us',
      change: 'listed',
      seen: { list: 'us-sdn', date: '2021-08-18', id: '10762', copy: '2021-08-18' },
      note: 'On the OFAC SDN list by 18 Aug 2021, the first of its copies read: when it was first listed is not in the copies.',
    },
  ],
  'bank-dabrabyt': [
    {
      actor: 'uk',
      change: 'listed',
      seen: { list: 'uk-list', date: '2022-03-24', id: 'BEL0120', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 24 Mar 2022 as the list gives it.',
    },
  ],
};
