/**
 * Common first names in France (INSEE births, all generations, and the names most often given
 * in the families the territory's services meet), lower case, accents kept. Names that are
 * also ordinary capitalised words in notes are left out on purpose: "France" (France Travail,
 * France Services), "Marine", "Ange", "Grâce", "Noël", "Mai", "Lou" (Lou Pitchoun crèches).
 */
// One string rather than an array of literals: the formatter would give each name a line.
const WOMEN = `
  marie nathalie isabelle sylvie catherine françoise christine valérie sandrine sophie stéphanie
  céline véronique nicole chantal monique martine patricia brigitte émilie julie aurélie
  caroline laure laurence élodie claire camille anne annie hélène jacqueline danielle michèle
  christiane josiane karine virginie delphine vanessa jessica audrey mélanie laetitia séverine
  marion pauline charlotte léa manon chloé emma jade louise alice lina rose anna inès ambre léna
  mila mia julia zoé agathe juliette lucie margaux clara sarah sara lola eva nina romane jeanne
  victoire capucine adèle iris margot lisa océane anaïs mathilde justine morgane laura amandine
  coralie estelle fanny gaëlle johanna magali muriel nadine odile pascale sabine sonia yvette
  yvonne denise simone suzanne paulette colette ginette josette gisèle huguette renée odette
  madeleine marguerite germaine andrée fatima fatiha nadia samira karima leïla malika naïma
  rachida soraya yasmina yasmine amina aïcha khadija meriem myriam nour salma sofia lamia hanane
  houda kenza imane farida zohra djamila souad habiba assia aminata fatou mariam awa aïssata
  kadiatou binta maïmouna oumou olga natalia svetlana irina elena ana maria carla giulia chiara
  rosa carmen isabel teresa claudia sabrina cindy kelly alicia angélique aurore axelle cécile
  clémence corinne dominique élise elsa emmanuelle florence gabrielle géraldine jennifer
  jocelyne joëlle katia léonie lilou lily louna maëlys maëlle marina mélissa mireille noémie
  ophélie rachel sandra solène valentine violette
`;

const MEN = `
  jean pierre michel philippe alain patrick nicolas christophe daniel bernard éric frédéric
  laurent stéphane david pascal thierry sébastien julien olivier jacques gérard andré rené
  françois didier claude bruno christian thomas alexandre antoine maxime kévin romain guillaume
  vincent jérôme anthony franck fabrice cédric mickaël yannick arnaud benoît mathieu matthieu
  florian jérémy jonathan damien cyril ludovic grégory hervé serge gilles yves marc paul louis
  lucas hugo gabriel arthur jules léo raphaël adam noah ethan nathan mathis tom théo enzo sacha
  gabin timéo nolan maël liam aaron axel baptiste clément valentin quentin adrien alexis bastien
  benjamin dylan erwan evan gaël jordan loïc marius martin mattéo noé rayan samuel simon tristan
  victor william yanis yann youssef ilyes amine karim mohamed mohammed mehdi rachid farid samir
  nabil bilal hamza ibrahim ismaël omar sofiane walid yacine yassine ayoub anis rayane ali ahmed
  abdel abdelkader djamel hakim kamel malik moussa mamadou ibrahima ousmane boubacar abdoulaye
  amadou mustapha nordine khalid brahim hicham zakaria ilan eliott élie noam elias nassim wassim
  ryan killian kylian lenny dorian jimmy lorenzo luca marco antonio josé manuel carlos miguel
  pedro mario ivan dimitri georges henri roger robert raymond marcel lucien maurice albert émile
  gaston joseph guy gilbert roland joël lionel rémi rémy sylvain xavier yoann jérémie mathéo
`;

export const FIRST_NAMES: readonly string[] = `${WOMEN} ${MEN}`
  .split(/\s+/)
  .filter((n) => n !== '');
