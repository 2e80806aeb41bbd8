/** Nouns too general to be the answer of a question ("people", "year", "part"). */
export const GENERIC_NOUNS = new Set(
  (
    "people person man woman men women child children thing things way ways time times year years day days week weeks month months " +
    "part parts number numbers lot lots percent cent per kind sort type place places area areas end start side point points case cases " +
    "fact facts issue issues matter group groups member members official officials report reports statement statements spokesman " +
    "spokeswoman spokesperson news story world country countries city town state home level levels rest total amount " +
    "representative history comment comments standing evening morning night afternoon problem problems thing stretch"
  ).split(" "),
);
