import type { AnnotationInput } from './schema';

/** Context events for the timeline (elections, crackdowns, prisoner releases): not sanctions actions. */
export const annotations: AnnotationInput[] = [
  {
    id: 'ctx-2004-10-17-referendum',
    date: '2004-10-17',
    title: 'Referendum lifts presidential term limit',
    summary:
      'A referendum held alongside parliamentary elections approved removing the two-term limit on the presidency, allowing Lukashenko to run again in 2006. The OSCE, which did not observe the referendum, said the parliamentary elections fell significantly short of OSCE commitments.',
    sources: [
      {
        url: 'https://news.bbc.co.uk/2/hi/europe/3752930.stm',
        title: 'Observers deplore Belarus vote',
        publisher: 'BBC News',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2006-03-19-presidential-election',
    date: '2006-03-19',
    title: 'Presidential election',
    summary:
      'Lukashenko was declared re-elected for a third term; the Central Election Commission gave him 82.6% of the vote. The OSCE observation mission said the election did not meet OSCE commitments for democratic elections.',
    sources: [
      {
        url: 'https://osce.org/odihr/elections/47094',
        title: 'OSCE/ODIHR opens its election observation mission in Belarus',
        publisher: 'OSCE',
        kind: 'official',
      },
      {
        url: 'https://irishtimes.com/news/osce-declares-belarus-poll-is-badly-flawed-1.1030850',
        title: 'OSCE declares Belarus poll is badly flawed',
        publisher: 'The Irish Times',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2010-12-19-presidential-election',
    date: '2010-12-19',
    title: 'Presidential election',
    summary:
      'Lukashenko was declared re-elected with 79.6% of the vote, according to the Central Election Commission. OSCE/ODIHR observers said Belarus still had a considerable way to go in meeting its OSCE commitments and assessed the vote count as bad or very bad in almost half of observed polling stations.',
    sources: [
      {
        url: 'https://osce.org/odihr/elections/74251',
        title: 'Belarus, Presidential Election, 19 December 2010',
        publisher: 'OSCE',
        kind: 'official',
      },
      {
        url: 'https://www.nation.co.ke/News/world/EU%20in%20plea%20as%20Belarus%20in%20major%20purge%20/-/1068/1075884/-/k0fw1c/-/',
        title: 'EU in plea as Belarus in major purge (AFP)',
        publisher: 'Daily Nation (Kenya)',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2010-12-19-post-election-crackdown',
    date: '2010-12-19',
    title: 'Post-election crackdown',
    summary:
      'Police broke up a protest in Minsk on election night and detained most presidential candidates and hundreds of activists and journalists. On 23 December the EU High Representative and the US Secretary of State jointly called for the release of the candidates and the detained demonstrators.',
    sources: [
      {
        url: 'https://osce.org/odihr/elections/74251',
        title: 'Belarus, Presidential Election, 19 December 2010',
        publisher: 'OSCE',
        kind: 'official',
      },
      {
        url: 'https://www.nation.co.ke/News/world/EU%20in%20plea%20as%20Belarus%20in%20major%20purge%20/-/1068/1075884/-/k0fw1c/-/',
        title: 'EU in plea as Belarus in major purge (AFP)',
        publisher: 'Daily Nation (Kenya)',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2015-08-22-prisoner-release',
    date: '2015-08-22',
    title: 'Six political prisoners released',
    summary:
      'Belarus released six political prisoners, including former presidential candidate Mikalai Statkevich. The EU High Representative and the Enlargement Commissioner called the release important progress for EU-Belarus relations.',
    sources: [
      {
        url: 'https://www.auswaertiges-amt.de/de/newsroom/150823-sprecher-belarus/274130',
        title: 'Sprecher des Auswärtigen Amtes zur Freilassung politischer Gefangener in Belarus',
        publisher: 'German Federal Foreign Office',
        kind: 'official',
      },
      {
        url: 'https://coe.int/de/web/portal/news-2015/-/asset_publisher/9k8wkRrYhB8C/content/secretary-general-welcomes-the-release-of-six-political-prisoners-in-belarus',
        title: 'Secretary General welcomes the release of six political prisoners in Belarus',
        publisher: 'Council of Europe',
        kind: 'official',
      },
      {
        url: 'https://euroradio.by/ru/evrosoyuz-privetstvuet-osvobozhdenie-politzaklyuchennyh-v-belarusi',
        title: 'Евросоюз приветствует освобождение политзаключенных в Беларуси',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2015-10-11-presidential-election',
    date: '2015-10-11',
    title: 'Presidential election',
    summary:
      'Belarus held a presidential election observed by an OSCE-led mission, which said the country still had a considerable way to go in meeting its OSCE commitments and that significant problems during counting and tabulation undermined the integrity of the election.',
    sources: [
      {
        url: 'https://vybary.belsat.eu/en/news/padlik-galasou-byu-nesumlennym-mizhnarodnyya-naziralniki-rascharavanyya-u-belaruskih-vybarah/',
        title: 'OSCE observers disappointed at Belarusian vote',
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2020-08-09-presidential-election',
    date: '2020-08-09',
    title: 'Presidential election',
    summary:
      'The Central Election Commission declared Lukashenko re-elected with 80.1% of the vote and Sviatlana Tsikhanouskaya second with 10.1%. ODIHR did not observe the election for lack of a timely invitation, and the EU said on 11 August that the election was neither free nor fair.',
    sources: [
      {
        url: 'https://odihr.osce.org/node/457309',
        title: 'ODIHR will not deploy election observation mission to Belarus due to lack of invitation',
        publisher: 'OSCE',
        kind: 'official',
      },
      {
        url: 'https://euronews.com/2020/08/11/eu-foreign-minister-belarus-elections-were-neither-free-nor-fair',
        title: "EU foreign minister: Belarus elections were 'neither free nor fair'",
        publisher: 'Euronews',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2020-08-10-post-election-crackdown',
    date: '2020-08-10',
    title: 'Crackdown on post-election protests',
    summary:
      'Police used force against largely peaceful protests that began on election night, with a large number of injuries and arrests reported by ODIHR. The EU said the violence caused at least one death and that thousands of people were detained.',
    sources: [
      {
        url: 'https://www.osce.org/odihr/belarus/459664',
        title: 'ODIHR gravely concerned at situation in Belarus following presidential election',
        publisher: 'OSCE',
        kind: 'official',
      },
      {
        url: 'https://euronews.com/2020/08/11/eu-foreign-minister-belarus-elections-were-neither-free-nor-fair',
        title: "EU foreign minister: Belarus elections were 'neither free nor fair'",
        publisher: 'Euronews',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2020-08-19-eu-non-recognition',
    date: '2020-08-19',
    title: 'EU leaders do not recognise the election result',
    summary:
      'Members of the European Council said the 9 August election was neither free nor fair and that they did not recognise the results. They announced that the EU would shortly sanction a substantial number of people responsible for violence, repression and falsification of the results.',
    sources: [
      {
        url: 'https://www.upi.com/Top_News/World-News/2020/08/19/EU-declines-to-recognize-Belarus-election/8981597834645/',
        title: 'EU declines to recognize Belarus election',
        publisher: 'UPI',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2021-05-23-ryanair-fr4978',
    date: '2021-05-23',
    title: 'Forced landing of Ryanair flight FR4978 in Minsk',
    summary:
      'A Belarusian military aircraft forced Ryanair flight FR4978 from Athens to Vilnius to land in Minsk, where the authorities detained passengers Raman Pratasevich and Sofia Sapega. On 24 May EU leaders asked the Council to ban Belarusian airlines from EU airspace and airports and to prepare further sanctions.',
    sources: [
      {
        url: 'https://vnk.fi/en/-/eu-leaders-condemn-belarus-s-action',
        title: "EU leaders condemn Belarus's action",
        publisher: 'Finnish Government',
        kind: 'official',
      },
      {
        url: 'https://redakcja.belsat.cloud/en/news/25-05-2021-eu-summit-call-for-adopting-measures-to-ban-overflight-of-eu-airspace-by-belarus-airlines',
        title: 'EU summit: Call for adopting measures to ban overflight of EU airspace by Belarus airlines',
        publisher: 'Belsat (belsat.cloud)',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2021-07-30-migrant-instrumentalisation',
    date: '2021-07-30',
    title: 'EU condemns Belarus over migrant crossings',
    summary:
      'Amid a surge of irregular crossings from Belarus into Lithuania, the EU High Representative said in a statement that the EU and its member states condemned the instrumentalisation of migrants and refugees by the Belarusian regime, and that the EU would consider restrictive measures against migrant smugglers and others involved in human trafficking.',
    sources: [
      {
        url: 'https://nationalpost.com/pmn/news-pmn/crime-pmn/eu-says-sanctions-an-option-to-tackle-belarus-people-smugglers',
        title: 'EU says sanctions an option to tackle Belarus people smugglers',
        publisher: 'National Post',
        kind: 'reporting',
      },
      {
        url: 'https://nashaniva.com/ru/275946',
        title:
          'EU calls on the Lukashenko regime to stop using migrants to pressure its neighbours (descriptive title)',
        publisher: 'Nasha Niva',
        kind: 'reporting',
      },
      {
        url: 'https://www.rferl.org/a/belarus-lithuania-border-sanctions/31354631.html',
        title: "EU's Borrell Backs Vilnius Charge That Belarus Using Migrants As 'Weapon'",
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2021-11-08-border-crisis',
    date: '2021-11-08',
    title: 'Migrant crisis escalates on the Poland–Belarus border',
    summary:
      'Thousands of migrants gathered on the Belarusian side of the border with Poland near the Bruzgi–Kuźnica crossing, and some tried to break through the fence; Poland closed the crossing the next morning. The European Commission President called on member states to finally approve an extended sanctions regime on the Belarusian authorities responsible for what she called a hybrid attack.',
    sources: [
      {
        url: 'https://www.rferl.org/a/belarus-poland-border-closed/31552312.html',
        title:
          'Poland to close a border crossing with Belarus after migrants try to break through the fence (descriptive title)',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
      {
        url: 'https://www.securitycouncilreport.org/whatsinblue/2021/11/belarus-meeting-under-any-other-business-on-the-migration-crisis.php?print=true',
        title: 'Belarus: Meeting under "Any Other Business" on the Migration Crisis',
        publisher: 'Security Council Report',
        kind: 'analysis',
      },
    ],
  },
  {
    id: 'ctx-2022-02-24-russian-invasion',
    date: '2022-02-24',
    title: 'Russia invades Ukraine, partly from Belarusian territory',
    summary:
      'Russia launched a full-scale invasion of Ukraine, using Belarus as one of its launch areas. EU leaders condemned the involvement of Belarus and asked for sanctions on it; the Council later said Belarus had allowed Russia to fire ballistic missiles from its territory and to move troops and weapons through it.',
    sources: [
      {
        url: 'https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2022)699488',
        title: 'Outcome of the special European Council meeting of 24 February 2022',
        publisher: 'European Parliament',
        kind: 'official',
      },
      {
        url: 'https://www.agenzianova.com/a/62182858c70509.83905838/3809946/2022-02-24/ucraina-consiglio-europeo-condanna-ferma-coinvolgimento-bielorussia',
        title: 'Ucraina: Consiglio europeo condanna ferma coinvolgimento Bielorussia',
        publisher: 'Agenzia Nova',
        kind: 'reporting',
      },
      {
        url: 'https://sofiaglobe.com/2022/03/02/eu-adds-22-high-ranking-belarus-military-to-sanctions-list/',
        title: 'EU adds 22 high-ranking Belarus military to sanctions list',
        publisher: 'The Sofia Globe',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2025-01-26-presidential-election',
    date: '2025-01-26',
    title: 'Presidential election',
    summary:
      'Lukashenko was declared the winner of a seventh term with 86.8% of the vote, according to the Central Election Commission. The EU High Representative and the Enlargement Commissioner called the election a sham that was neither free nor fair, noting ODIHR had been invited only 10 days before the vote.',
    sources: [
      {
        url: 'https://www.pravda.com.ua/eng/news/2025/01/26/7495351/',
        title: 'Sham election in Belarus neither free nor fair, EU says',
        publisher: 'Ukrainska Pravda',
        kind: 'reporting',
      },
      {
        url: 'https://eunews.it/en/2025/01/27/lukashenko-wins-seventh-term-as-belarus-president-brussels-calls-it-a-blatant-affront-to-democracy',
        title:
          "Lukashenko wins seventh term as Belarus president, Brussels calls it a 'blatant affront to democracy'",
        publisher: 'Eunews',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2025-06-21-tsikhanouski-release',
    date: '2025-06-21',
    title: 'Siarhei Tsikhanouski and 13 others released',
    summary:
      'After US special envoy Keith Kellogg met Lukashenko in Minsk, Belarus released 14 prisoners, including opposition figure Siarhei Tsikhanouski, who were taken to Lithuania. Lukashenko pardoned them at a US request, his spokeswoman said.',
    sources: [
      {
        url: 'https://www.livemint.com/politics/trump-envoy-s-belarus-visit-is-followed-by-prisoner-release/amp-11750535137286.html',
        title: "Trump envoy's Belarus visit is followed by prisoner release (Bloomberg)",
        publisher: 'Mint (livemint.com)',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2025-08-15-trump-lukashenko-call',
    date: '2025-08-15',
    title: 'Trump–Lukashenko phone call',
    summary:
      'President Trump spoke with Lukashenko by phone, thanking him for the release of 16 prisoners and saying they were discussing the release of 1,300 more. The call took place on the day of Trump’s Alaska meeting with Putin.',
    sources: [
      {
        url: 'https://www.themoscowtimes.com/2025/08/15/trump-and-belarus-leader-lukashenko-speak-ahead-of-alaska-summit-a90241',
        title: 'Trump and Belarus leader Lukashenko speak ahead of Alaska summit',
        publisher: 'The Moscow Times',
        kind: 'reporting',
      },
      {
        url: 'https://www.pravda.com.ua/eng/news/2025/08/15/7526353/',
        title:
          'Trump says he had "wonderful talk" with "highly respected" Belarusian leader about prisoners and Putin',
        publisher: 'Ukrainska Pravda',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2025-09-11-release-52',
    date: '2025-09-11',
    title: '52 prisoners released after US envoy visit',
    summary:
      'Belarus released 52 prisoners, including 14 foreign nationals, who crossed into Lithuania after US envoy John Coale met Lukashenko in Minsk. Coale announced that the US would lift sanctions on the state airline Belavia.',
    sources: [
      {
        url: 'https://kyivindependent.com/belarus-frees-52-prisoners-after-visit-by-us-envoy/',
        title: 'Belarus frees 52 prisoners after Lukashenko meets US envoy',
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2025-10-24-balloon-incursions',
    date: '2025-10-24',
    title: 'Balloons from Belarus close Lithuanian airports and border',
    summary:
      'On the evening of 24 October balloons led Lithuania to halt flights at the Vilnius and Kaunas airports and, for the second time that week, to close its border crossings with Belarus. By 27 October Vilnius airport had closed four times in a week because of smugglers’ balloons from Belarus; the government accused Lukashenko of failing to stop the smuggling, and the Prime Minister called the incidents hybrid attacks. A week later Belarus banned lorries registered in EU states and trailers registered in Poland and Lithuania, a move Lithuanian media and carriers saw as retaliation.',
    sources: [
      {
        url: 'https://klaipeda.diena.lt/naujienos/lietuva/salies-pulsas/del-oro-balionu-sustabdyti-skrydziai-vilniaus-ir-kauno-oro-uostuose-1725953',
        title: 'Dėl oro balionų sustabdyti skrydžiai Vilniaus ir Kauno oro uostuose',
        publisher: 'Kauno diena',
        kind: 'reporting',
      },
      {
        url: 'https://www.independent.co.uk/news/world/europe/lithuania-air-traffic-balloons-belarus-disruption-b2852921.html',
        title: 'European country to shoot down rogue balloons following mass air traffic disruption',
        publisher: 'The Independent',
        kind: 'reporting',
      },
      {
        url: 'https://trans.info/en/belarus-eu-truck-ban-435424',
        title: 'Belarus bans EU trucks under Resolution No. 599 (descriptive title)',
        publisher: 'Trans.INFO',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'ctx-2025-12-13-release-123',
    date: '2025-12-13',
    title: '123 prisoners released as US lifts potash sanctions',
    summary:
      'Belarus pardoned and released 123 prisoners, including Ales Bialiatski, Maria Kalesnikava and Viktar Babaryka, after two days of talks in Minsk with US special envoy John Coale. Coale said the US was lifting sanctions on Belarusian potash.',
    sources: [
      {
        url: 'https://www.rferl.org/a/belarus-prisoners-freed-us-trump/33622355.html',
        title: 'Belarus frees 123 prisoners after US indicates it is lifting sanctions on fertilizer exports',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
      {
        url: 'https://tsikhanouskaya.org/?p=120031',
        title: 'Q&A: Release of Political Prisoners and What Comes Next',
        publisher: 'Office of Sviatlana Tsikhanouskaya',
        kind: 'analysis',
      },
    ],
  },
];
