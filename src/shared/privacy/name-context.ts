/**
 * Word lists that tell a person's name from the other capitalised words of a note. All folded
 * (lower case, no accents) like the tokens they are compared with; compounds keep their hyphen.
 */

const words = (list: string): ReadonlySet<string> =>
  new Set(list.split(/\s+/).filter((w) => w !== ''));

/**
 * People that schools, centres and streets are named after: "Centre social Jean Moulin" is a
 * place, not a family. Compared with the start of a candidate name.
 */
export const FAMOUS_PEOPLE: readonly string[] = `
  jean moulin, jules ferry, louis pasteur, victor hugo, marie curie, pierre curie, jean jaures,
  jean monnet, jacques prevert, paul eluard, marcel pagnol, albert camus, simone veil,
  charles de gaulle, pierre mendes france, jean giono, antoine de saint exupery, frederic mistral,
  paul valery, georges brassens, leo lagrange, louise michel, jean mace, emile zola,
  gustave eiffel, henri wallon, paul langevin, jean rostand, alphonse daudet, jean de la fontaine,
  francoise dolto, maria montessori, romain rolland, jean vilar, jean cocteau, guy de maupassant,
  lucie aubrac, olympe de gouges, rosa parks, martin luther king, jean bouin, pierre de coubertin,
  gerard philipe, jean zay, max jacob, jean honore fragonard, honore fragonard, auguste renoir,
  paul cezanne, claude monet, henri matisse, jean jacques rousseau, rene cassin, andre malraux,
  jean paul sartre, simone de beauvoir, arthur rimbaud, paul verlaine, marcel proust, jules verne,
  alexandre dumas, louis aragon, elsa triolet, robert desnos, paul bert, germaine tillion,
  marie marvingt, jacques brel, jean ferrat, charles trenet, pierre et marie curie, paul arene,
  henri dunant, anne frank, camille claudel, gabriel faure, maurice ravel, louis braille,
  marcel paul, pablo neruda, pablo picasso, mahatma gandhi, nelson mandela
`
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '');

/** Nouns that name a place or an institution: a name right after them is that place's name. */
export const INSTITUTION_WORDS = words(`
  ecole college lycee centre creche micro-creche multi-accueil halte-garderie maison espace
  mediatheque bibliotheque
  gymnase stade salle residence foyer ehpad hopital clinique institut fondation association
  asso parc jardin square piscine theatre cinema complexe groupe garderie halte accueil
  relais pole cite campus musee internat universite faculte dispensaire pavillon batiment
  rue avenue av boulevard bd allee chemin impasse quai cours route place pont quartier
  lotissement gare ile saint sainte st ste cs mjc pij rpe laep alsh ime cmp cmpp camsp pmi
  ccas cms mds evs eaje ram clinique agence antenne permanence point prix fondation club
  promotion amicale collectif atelier ludotheque conservatoire hall auditorium
`);

/** Words that may stand between an institution noun and its name: "Centre social de loisirs". */
export const INSTITUTION_FILLERS = words(`
  social sociale sociaux sociales maternelle maternel elementaire primaire municipal
  municipale municipaux intercommunal intercommunale culturel culturelle sportif sportive
  scolaire public publique prive privee familial familiale de du des la le les l d petite
  enfance jeunesse loisirs vie enfants parents familles jeunes sante solidaire solidarite
  medico psychologique hospitalier regional departemental
`);

/** Civilities before a surname. "M" counts only written "M." (checked by the detector). */
export const CIVILITIES = words(`
  monsieur madame mademoiselle messieurs mesdames mme mmes mlle mlles melle mr m
`);

/** Family ties and roles written before a first name: "enfant Lucas", "famille Benali". */
export const RELATIONS = words(`
  famille enfant enfants fils fille filles bebe garcon fillette nourrisson frere soeur freres
  soeurs mari epoux epouse conjoint conjointe compagnon compagne concubin pere mere papa
  maman grand-mere grand-pere beau-pere belle-mere demi-frere demi-soeur tante oncle neveu
  niece cousin cousine ado adolescent adolescente jeune mamie mamy papi papy tata tonton
  nounou parrain marraine
`);

/** Words that introduce a name: "prénom Lucas", "s'appelle Nadia". "nom" only with a colon. */
export const NAME_KEYWORDS = words(`
  prenom prenoms prenomme prenommee prenommes prenommees surnomme surnommee denomme denommee
  appelle appellent
`);

/** Capitalised words that are never a surname after a civility, a relation or a first name. */
export const NOT_A_NAME = words(`
  le la les l de du des d et ou a au aux en pour par avec sur sous chez dans est sont il elle
  ils elles on nous vous son sa ses leur leurs un une ce cet cette qui que mais donc car ni y
  ne pas plus tres bien oui non merci bonjour lundi mardi mercredi jeudi vendredi samedi
  dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  noel paques maire directeur directrice president presidente juge prefet procureur depute
  deputee docteur dr pr maitre me conseiller conseillere referente referent assistante
  assistant educatrice educateur infirmiere puericultrice mediatrice mediateur x y z
  nombreuse nombreuses monoparentale recomposee rurale rurales accueillante elargie solidaire
  solidaires handicape handicapee seul seule placee place scolarise scolarisee concerne
  concernee absent absente present presente public
  parents parent enfance jeunesse familles famille enfants enfant solidarite services service
  travail emploi sante social sociale handicap accueil ecoute insertion loisirs logement
  habitat education protection droits
  monsieur madame mademoiselle mme mr mlle
`);

/** Upper-case words that are acronyms of the field, never a surname: "RDV CAF", "Mme RSA". */
export const ACRONYMS = words(`
  caf cpam ccas cias pmi rsa aah apl als alf asf aeeh paje cmg prepare cmu css ame msa mdph mds
  cesf as es me eje tisf aesh cms cmp cmpp camsp sessad ime itep ulis segpa cp ce cm rdv ddn cv
  cdi cdd are ass fsl faj dalo siao chrs cada huda ofii ofpra udaf adil pij rpe laep eaje alsh
  mjc evs cs qpv ctg ars ase aemo aed jaf je tj anti ants cni ts vad sms cap bts bac bep pec
  cej pacea rqth esat ehpad ssiad saad apa aspa avs epe reaap clas fle asl chu urssaf dgfip sip
  carsat aripa sncf edf engie oph hlm sdf oqtf aps cef onu ue tv pc ok nb ps ras cdaph pch pps
  pai ppre pap rased cio cfa smic cpf vae iae aci siae geiq ea pe ft nir iban rib tel mail sos
  crous ram cmpea acm clsh rar lrar ar pj cerfa scolaire pmr ald ij ijss bafa dnb tdah tsa dys
`);
