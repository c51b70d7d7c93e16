/**
 * A farewell without a word for death (ADR 0012, thirty-second round): belongings given away or
 * shared out, or a pet handed on, and in the same clause a farewell, thanks or sorry "for
 * everything", a letter to the family, or "won't need it". Either alone is everyday (a kringloop,
 * a move, a retirement, a pet with no room), and the thirtieth round's near misses are exactly
 * those; the rule reads the two together and guards a move, a job, a shop and a group. Written
 * without anchors; the rule puts word boundaries around them.
 */

/** Belongings given away or shared out, a pet handed on. */
export const belongingsGiven =
  /(?:geeft (?:[a-z]+ ){0,4}weg|gaf (?:[a-z]+ ){0,4}weg|weggegeven|weg gegeven|verdeeld|verdeelt|gaf (?:me|mij) (?:net |vandaag |gisteren )?(?:zijn|haar|mijn) [a-z]+|gave (?:me )?(?:away )?(?:his|her|my) [a-z]+ (?:to|and)|gave away|giving away|given away|gives away|gave my (?:dog|cat|rabbit|pet) to)/;

/** The farewell beside it; "niet meer nodig" with its reason after it ("want ...") is not one. */
export const farewellBeside =
  /(?:(?:niet|nie) meer nodig(?! (?:want|omdat|sinds|nu)\b)|wont need|will not need|doesnt need (?:it|them) anymore|where (?:hes|shes|im|i am|he is|she is) going|sorry voor alles|sorry for everything|(?:dank|bedankt|dankjewel|dankuwel) voor alles|thank(?:s|ing|ed)? (?:you |me |us )?for everything|(?:een )?brief (?:voor|aan) (?:mama|papa|mijn|jullie|iedereen)|voor mama ligt een brief|(?:wrote|written|writing) (?:[a-z]+ )?letters? to (?:my|his|her|everyone)|afscheid genomen|neem afscheid|goodbye|said goodbye|vaarwel|als ik (?:er )?(?:niet meer ben|weg ben)|when im gone)/;

/**
 * A move, a job, a shop, a group, a care home, old things, an inheritance shared among
 * grandchildren: the everyday reasons to give things away.
 */
export const givingAwayEveryday =
  /(?:kringloop|verhuis[a-z]*|moving|move|emigr[a-z]*|pensioen|retire[a-z]*|collega[a-z]*|notaris|notary|voedselbank|food bank|kerst|christmas|groep|groepsapp|group|nieuw huis|new home|geen ruimte|no room|opruimen|uitzoeken|marktplaats|care home|verzorgingshuis|verpleeghuis|tehuis|kleding|clothes|speelgoed|toys|oude|old|kleinkinderen|grandchildren|erfenis|inheritance|verjaardag|birthday|wordt [0-9]+|turns [0-9]+)/;

/**
 * A farewell said as the writer's own, now (session 17): "dit is mijn afscheid", "it is my
 * goodbye", "tonight is my last night", "vannacht is mijn laatste nacht". Not before what the
 * farewell is for, from or where ("mijn afscheid van de club", "my goodbye party", "my last night
 * in Spain", "laatste nacht thuis", "my last night shift"); a last day is a job's.
 */
export const farewellSaid =
  /(?:(?:dit|het|this|it|its|thats|that) is (?:mijn|my) (?:laatste |last |final )?(?:afscheid|goodbye)|(?:its|thats) my (?:last |final )?goodbye|dit (?:mijn|my) (?:laatste )?afscheid is|(?:vannacht|vanavond|dit|tonight|this) is (?:mijn|my) (?:laatste|last) (?:nacht|avond|night|evening))(?! (?:to|from|for|of|at|in|on|before|with|as|here|home|shift|party|parties|speech|card|present|gift|drink|drinks|lunch|dinner|out|off|together|van|aan|voor|bij|op|in|met|als|hier|thuis|feest|feestje|borrel|toespraak|kaart|kaartje|cadeau|etentje|receptie|dienst)\b)/;

/**
 * What a farewell said is for: a job, a school, a stay, a holiday, a hospital stay; or a day ahead
 * it is set on ("volgende week", "vrijdag": a farewell party). "morgen" is not here: "vannacht is
 * mijn laatste nacht, morgen ben ik er niet meer" is no party.
 */
export const farewellSaidEveryday =
  /(?:volgende|komende|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|werk|baan|collega|collegas|school|stage|vakantie|kamp|opname|ziekenhuis|operatie|verhuis[a-z]*|emigr[a-z]*|pensioen|work|job|colleague|colleagues|holiday|vacation|camp|hospital|surgery|operation|moving|retire[a-z]*)/;
