/**
 * The published sources the schema's defaults are taken from, each by title,
 * publisher and date: the one catalogue that the fields' evidence
 * (evidence.ts) names and docs/sources.md lists.
 */

export interface Source {
  /** The title as published (a repository's name and file, for figures read from public code). */
  readonly title: string;
  readonly publisher: string;
  /** As precise as the source gives it: "5 March 2008", "2023/24", "2017". */
  readonly date: string;
}

const source = (title: string, publisher: string, date: string): Source => ({ title, publisher, date });

export const sources = {
  nationalStandards2007: source('National Standards for the Management of Offenders', 'National Offender Management Service', '2007'),
  pso2205: source('Prison Service Order 2205, Offender Assessment and Sentence Management – OASys', 'HM Prison Service', 'reissued 20 April 2005'),
  oasysPrioritisation: source('Interim Custodial OASys Prioritisation, annex B2', 'National Offender Management Service', 'about 2009'),
  tiering2005: source('Probation Circular 65/2005, the NOMS tiering framework', 'National Probation Service', '2005'),
  jointInspection2011: source(
    'Offender management in prisons – opportunities to reform being missed (second joint inspection of offender management in prisons)',
    'HM Inspectorate of Probation and HM Inspectorate of Prisons',
    '2012 (inspections June–November 2011)',
  ),
  justiceCommittee2009: source('Role of the Prison Officer, Twelfth Report of Session 2008–09 (HC 361)', 'House of Commons Justice Committee', '2009'),
  probationReunification2021: source('Probation services (research briefing CBP-9252)', 'House of Commons Library', '2021'),
  pspBenchmark2014: source(
    'Letter to governing governors and chief executives of probation trusts, with the role of probation staff in public-sector prisons',
    'National Offender Management Service (Ian Mulholland and Gordon Davison)',
    '19 May 2014',
  ),
  nomsTimeStudy2008: source('The NOMS time study of probation staff (24% direct contact)', 'National Offender Management Service, as reported by BBC News and in a parliamentary answer', 'December 2008 (reported 27 July 2011)'),
  naoParole2008: source('Protecting the public: the work of the Parole Board (HC 239)', 'National Audit Office', '5 March 2008'),
  pacParole2001: source('Parole (HC 349, 2000–01), evidence', 'House of Commons Committee of Public Accounts', '2001'),
  paroleBoard2324: source('Annual Report and Accounts 2023/24', 'Parole Board for England and Wales', '2024'),
  paroleBoard1011: source('Annual Report and Accounts 2010/11 (HC 1363)', 'Parole Board for England and Wales', '18 July 2011'),
  hdcFramework: source('Home Detention Curfew Policy Framework', 'Ministry of Justice and HM Prison and Probation Service', 'current edition (180 days since June 2023)'),
  hdcShareOfEligible: source('Written answer HL16896 on home detention curfew (Lord Keen of Elie)', 'House of Lords', '17 July 2019'),
  hdcOrder2023: source('The Criminal Justice Act 2003 (Home Detention Curfew) Order 2023 (SI 2023/390)', 'UK Parliament, statutory instrument', 'made 29 March 2023, in force 6 June 2023'),
  hdcStatement2003: source('Home Detention Curfew Scheme, written ministerial statement', 'House of Commons (Hansard)', '10 April 2003'),
  remandHeld2021: source('Written answer 122646 on remand in custody (James Cartlidge): the remand population at 31 December 2021 by time held', 'House of Commons', '21 February 2022'),
  remandTimes2017: source('Written answer HL2312 on prisoners on remand (Lord Keen of Elie): days spent on remand by sentenced admissions, 2012 to 2016', 'House of Lords', '6 November 2017'),
  remandOutcomes2009: source('Innocent until proven guilty: tackling the overuse of custodial remand', 'Prison Reform Trust', 'October 2011'),
  remandWomen2017: source('Written answer 119151 on prisoners on remand: females (Phillip Lee): women remanded in custody who did not go on to receive an immediate custodial sentence, 2012 to 2016', 'House of Commons', '20 December 2017'),
  remandOutcomes2001: source('Written answer on remand prisoners (Paul Goggins): final court outcome for persons remanded in custody, 2001', 'House of Commons (Hansard)', '2 July 2003'),
  remandOutcomes1999: source('Written answer on custodial sentences (Paul Boateng): persons remanded in custody who received immediate custody, 1995–1999', 'House of Commons (Hansard)', '8 January 2001'),
  prisonPopulation2016: source('Prison Population Statistics (briefing paper SN/SG/04334)', 'House of Commons Library', '4 July 2016'),
  hdcAnswer2000: source('Written answer HL3841 on the Home Detention Curfew scheme (Lord Bassam of Brighton)', 'House of Lords', '3 October 2000'),
  releaseAtHalf: source('Criminal Justice Act 2003, sections 243A and 244 (release at one-half of the sentence)', 'UK Parliament', '2003, in force 4 April 2005'),
  laspoIpp: source('Legal Aid, Sentencing and Punishment of Offenders Act 2012, section 123 (abolition of imprisonment for public protection)', 'UK Parliament, Act', '2012, in force 3 December 2012'),
  releaseAt40: source('The Criminal Justice Act 2003 (Requisite and Minimum Custodial Periods) Order 2024 (SI 2024/844)', 'UK Parliament, statutory instrument', '2024, in force 10 September 2024'),
  prisonOfficerHours2007: source('Written answer on Prison Service working hours', 'House of Commons (Hansard)', '17 May 2007'),
  naoSickness2004: source('The Management of Sickness Absence in the Prison Service (HC 533, 2003–04)', 'National Audit Office', '19 May 2004'),
  ippFirstHearings2023: source('Written answer HL4840 on the first parole hearings of IPP prisoners (Lord Bellamy)', 'House of Lords', '1 February 2023'),
  murderTariffs2017: source('Written answer HL2315 on homicide sentencing (Lord Keen of Elie): average minimum terms of life sentences for murder, 2005–2016', 'House of Lords', '6 November 2017'),
  lifers2020: source('Editorial comment on life sentences (almost 7,000 serving life sentences by 2020, and their tariffs)', 'Centre for Crime and Justice Studies', 'undated (figures of 2020)'),
  ippPopulation2024: source('Written answer HL5974 on imprisonment for public protection: IPP prisoners in custody at 31 December 2024, releases and recalls in 2024', 'House of Lords', '2025'),
  womenIndeterminate2021: source('Long sentenced women “invisible” in prison policy and practice (press release)', 'Prison Reform Trust', '22 November 2021'),
  womenIpp2021: source('Written evidence from Women in Prison to the Justice Committee’s inquiry into IPP sentences', 'House of Commons Justice Committee', '2021'),
  indeterminate2009: source('Figures from parliamentary questions on indeterminate sentences (Frances Crook’s blog), as reported by the Crimlinks news archive', 'Howard League for Penal Reform', '12 March 2009'),
  cjsQuarterlySep2024: source('Criminal Justice Statistics quarterly: September 2024', 'Ministry of Justice', '27 February 2025'),
  bromleyWinter2026: source('Bromley Briefings Prison Factfile, Winter 2026 (as summarised by the Prisoners’ Advice Service)', 'Prison Reform Trust', 'February 2026'),
  recallEstimate2024: source('Estimate of the number and proportion of offenders on licence recalled to custody in June 2024', 'Ministry of Justice', '25 October 2024'),
  recallPopulation2025: source('Press release on the Bromley Briefings: the rise in recalls to prison', 'Prison Reform Trust', '2025 (figures of 2024)'),
  lifersPastTariff2020: source('Written answer HL10576 on prison sentences (Baroness Scott of Bybrook): the tariff-expired unreleased life sentence population at 30 September 2020', 'House of Lords', '7 December 2020'),
  lifersOasys2021: source('Written answer HL465 on the Offender Assessment System and life imprisonment: life sentence prisoners with an up-to-date OASys assessment', 'House of Lords', '8 June 2021'),
  sentenceLengths2014: source('Written answer on prison sentences (Jeremy Wright)', 'House of Commons', '3 July 2014'),
  wmtSeed: source('hmpps-workload, reference data (V1_1__SEED_REF_DATA.sql)', 'Ministry of Justice, public code repository', '2021'),
  wmtPoints2017: source('wmt-worker, workload points seed data (00800_workload_points.js)', 'Ministry of Justice, public code repository', '2017'),
  wmtExcessive: source('Written answer on probation staff workloads (Alex Chalk)', 'House of Commons', '30 March 2021'),
  pomDetail: source('offender-management-allocation-manager, POM details (pom_detail.rb)', 'Ministry of Justice, public code repository', '2019'),
  handoverRulesBefore2023: source('offender-management-allocation-manager, handover date rules (handover_date_rules.rb, before April 2023)', 'Ministry of Justice, public code repository', '2019–2023'),
  handoverRules2023: source('offender-management-allocation-manager, handover calculation (handover_calculation.rb)', 'Ministry of Justice, public code repository', 'April 2023'),
  pomAllocationRules: source('offender-management-allocation-manager, recommendation service', 'Ministry of Justice, public code repository', '2019'),
  omsq2024: source('Offender Management Statistics Quarterly', 'Ministry of Justice', '2024–2025 editions'),
  hmipCaseloads2021: source('Research and Analysis Bulletin 2021/02, caseloads and the quality of supervision', 'HM Inspectorate of Probation', '2021'),
  howardLeague2024: source('What to do about probation (blog)', 'Howard League for Penal Reform', '23 July 2024'),
  unjustDeserts2010: source('Unjust Deserts: imprisonment for public protection (Jessica Jacobson and Mike Hough)', 'Prison Reform Trust', '2010'),
  npsPerformance2006: source('National Probation Service Performance Report 20 and Weighted Scorecard 2005/06', 'National Probation Service', 'June 2006'),
  pq3550Caseloads2024: source('Written answer 3550 on probation officers’ caseloads', 'House of Commons', '11 September 2024'),
  keyWorkAnswer2018: source('Written answer on the key worker scheme in prisons (Rory Stewart)', 'House of Commons', '13 December 2018'),
  keyworkerApi: source('keyworker-api, prison configuration and statistics (PrisonConfiguration.kt, PrisonStatsService.kt)', 'Ministry of Justice, public code repository', '2018–2024'),
  hmipResettlement2023: source('Press release on the thematic inspection of resettlement work in probation regions', 'HM Inspectorate of Probation', 'March 2023'),
  hmipPreRelease2022: source('Press release on the inspection of offender management in custody, pre-release', 'HM Inspectorate of Probation', 'November 2022'),
  regimeStatus2024: source('Written answer on prison officer numbers and regime status', 'House of Commons', '2024'),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
