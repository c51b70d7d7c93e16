/**
 * Crises the concern model reads weakly out of fold (ADR 0012, session 18): each a concept of its
 * own, read by a rule with the words around it that make it a crisis and guards for its near
 * misses. The model's thresholds are held (main's); these rules add crisis replies where the model
 * would only check or miss. Written without anchors unless said; the rules put word boundaries
 * around them.
 */

/**
 * A wish never to have been: "was ik er maar nooit geweest", "ik wou dat ik nooit had bestaan",
 * "i wish i had never existed". Not "nooit geweest" before a place or an event ("daar", "naar").
 */
export const wishNeverToHaveBeen =
  /(?:(?:was|had) ik (?:er )?maar nooit (?:geboren|geweest|bestaan)|(?:wou|wilde|wens|wenste|zou willen|hoop) (?:dat|da) ik (?:er )?(?:gewoon )?nooit (?:was geweest|geweest was|geweest ben|had bestaan|bestaan had|heb bestaan|was geboren)|(?:wish|wished) (?:that )?(?:i|id) (?:had )?never (?:existed|lived|been(?! (?:there|to|in|at|on|so|such|a|an|the|part|involved|with|married|hired|told|asked|born)\b))|i should never have (?:existed|been born))(?! (?:daar|daarheen|naar|bij|op|in|aan|met|there|to|at)\b)/;

/** A place or an event the writer was at: "er" is that place ("was ik er maar nooit geweest"). */
export const eventOrPlace =
  /(?:vergadering|feest|feestje|les|klas|college|verjaardag|bruiloft|bijeenkomst|reunie|etentje|wedstrijd|training|overleg|dienst|kerk|voorstelling|vakantie|concert|kamp|reis|sollicitatie|afspraak|winkel|cafe|kroeg|stad|party|meeting|class|lesson|wedding|game|match|trip|holiday|concert|interview|club|bar)/;

/** An old person's time named: "mijn tijd is wel geweest", "haar tijd is gekomen", "my time has come". */
export const timeHasCome =
  /(?:mijn|haar|zijn|onze|my|her|his) tijd is (?:wel |nu |echt |gewoon |toch )?(?:geweest|gekomen|om|voorbij)|(?:mijn|haar|zijn) tijd (?:wel |nu |echt )?(?:gekomen|geweest) is|(?:my|her|his) time (?:has come|is up|has passed)(?! (?:at|in|on|with|here|there|for)\b)|(?:its|it is) my time(?! (?:off|to shine|slot)\b)/;

/** A wish to go or to die beside it: "ik wil nu echt gaan", "wants to go", "klaar om te gaan". */
export const wishToGo =
  /(?:wil|wilt|willen|mag|laat (?:me|mij|haar|hem)|klaar om te|ready to|wants? to|want to|wanna|let me) (?:[a-z]+ ){0,3}(?:gaan|go|dood|sterven|die|inslapen)|(?:ben|is) (?:er )?klaar mee|(?:im|i am|she is|he is) ready/;

/** "gaan" to somewhere or for something: a walk, sleep, a move, home, retirement. */
export const goingSomewhere =
  /(?:gaan|go) (?:[a-z]+ ){0,2}(?:wandelen|slapen|naar|verhuizen|werken|sporten|fietsen|zwemmen|winkelen|dansen|reizen|op vakantie|met pensioen|home|to bed|to sleep|for a walk|walking|shopping|travel|travelling|out|abroad)|(?:at|in|bij|op) (?:this|my|the|mijn|dit|deze|het) (?:job|work|company|werk|baan|bedrijf)|tijd is gekomen om|time has come to|pensioen|retire[a-z]*|stoppen met werken|verhuizing|verhuizen|verzorgingshuis|verpleeghuis|tehuis|care home/;

/**
 * Thoughts of jumping from a height (English): "i keep thinking about jumping off the bridge",
 * "thoughts of jumping from the balcony". A pool, a ship, a chance or a sport is no height.
 */
export const thoughtsOfJumpingEn =
  /(?:thinking|thought|thoughts|think|thinks|dreaming|dream) (?:about|of) (?:just )?jumping (?:off|from|out of|in front of) (?:the|a|my|our|this|that|an) (?:[a-z]+ ){0,2}(?:bridge|roof|rooftop|balcony|building|window|tower|cliff|flat|block|car park|parking garage|platform|train|overpass|ledge|top floor)/;

/**
 * Stood or sat at a height and thinking about jumping, with no object (session 20): "last night i
 * stood at the window of my room for a long time thinking about jumping". `thoughtsOfJumpingEn`
 * needs the height after "jumping"; here it comes first.
 */
export const stoodThinkingOfJumpingEn =
  /(?:stood|standing|stand|sat|sitting|was|been) (?:[a-z]+ ){0,8}(?:window|windowsill|window sill|roof|rooftop|balcony|bridge|ledge|edge|top floor|car park|platform)\b[^.]{0,60}\b(?:thinking|thought|thinks) (?:about|of) jumping(?! (?:at|in|into|on|for)\b)/;

/** A diving board or a plane: a height one jumps from for sport (with jumpInnocentEn). */
export const jumpSportEn = /(?:diving board|springboard|plane|aircraft|high dive)/;

/** What jumping may be into or for that is no fall: water, a ship, a sport, a chance. */
export const jumpInnocentEn =
  /(?:pool|swimming|ship|boat|chance|bungee|parachute|skydiv[a-z]*|trampoline|diving|dive|river in summer|lake|sea|queue|conclusions|game|video|movie|film|stunt|parkour)/;

/** One's own funeral planned: "zijn eigen begrafenis al gepland", "planned my own funeral". */
export const ownFuneral =
  /(?:mijn|zijn|haar|my|his|her) (?:eigen |own )?(?:begrafenis|uitvaart|crematie|funeral)/;

/** Planned, arranged or chosen. */
export const planned =
  /(?:gepland|plannen|plant|geregeld|regelen|regelt|uitgezocht|uitzoeken|bedacht|opgeschreven|planned|planning|plans|arranged|arranging|organi[sz]ed|organi[sz]ing|chose|chosen|picked|wrote down)/;

/** Someone young: an age under twenty, a pupil, a son or a daughter, a school task. */
export const youngSign =
  /(?:(?:ik ben|im|i am|ben|zij is|ze is|hij is|she is|he is) 1[0-9]|1[0-9] (?:jaar|years)|leerling|scholier|tiener|puber|zoon|dochter|jongen|meisje|klas|opstel|schrift|dagboek|student|pupil|son|daughter|teen|teenager|boy|girl|kid|essay|diary|school)/;

/** An old person's arrangements or a lesson about funerals: "uitvaartverzekering", "een opdracht". */
export const funeralEveryday =
  /(?:uitvaartverzekering|uitvaartpolis|verzekering|wilsverklaring|testament|notaris|[6-9][0-9] jaar|opa|oma|bejaard|pensioen|wensenboekje|opdracht|spreekbeurt|werkstuk|project|les over|toneel|insurance|grandma|grandpa|grandad|granny|assignment|lesson|play|role|game|film|movie)/;

/** People at the door now: "er staan drie mannen bij mijn deur", "they are at my door". */
export const peopleAtTheDoor =
  /(?:staan|staat|zijn|is|stond|stonden|zitten|wachten|wacht|are|is|standing|waiting|outside|banging on) (?:[a-z]+ ){0,3}(?:voor|bij|aan|at|outside|on) (?:mijn|de|onze|ons|my|the|our) (?:deur|voordeur|huis|flat|woning|door|front door|house|flat)/;

/** They come for the writer: "komen me halen", "came for me". */
export const comeForMe =
  /(?:komen|komt|kwamen|kwam) (?:me|mij|ons) (?:halen|pakken|ophalen)|(?:me|mij|ons) (?:komen|komt) (?:halen|pakken)|(?:came|come|coming|here|are here) for (?:me|us)|(?:komen|komt) voor (?:mij|me|ons)/;

/** A debt or a threat beside it. */
export const debtOrThreat =
  /(?:schuld|schulden|geld|dreig[a-z]*|bedreig[a-z]*|pakken|afrekenen|vermoord[a-z]*|money|debt|debts|owe|threat[a-z]*|hurt|kill|pay)/;

/** Who comes for the writer in the everyday sense: a taxi, a carer, friends, a bailiff for a thing. */
export const comeForMeEveryday =
  /(?:taxi|thuiszorg|wijkverpleging|verpleegkundige|zuster|verzorgende|carer|nurse|bezorger|pakket|postbode|verhuizers|vrienden|friends|oppas|opa|oma|feest|party|school|uitje|afspraak|appointment|date|lift|schoolreis|(?:deurwaarder|bailiff)[^.]*(?:auto|spullen|meubels|tv|inboedel|beslag|car|furniture|things))/;

/** Shooting now: "er wordt geschoten", "er schiet iemand", "someone is shooting". */
export const shootingNow =
  /(?:er wordt (?:[a-z]+ ){0,3}geschoten|(?:er )?schiet (?:er )?iemand|iemand (?:is )?(?:aan het )?(?:schiet|schieten)|(?:ze|zij|they) (?:zijn )?(?:aan het )?schieten|(?:someone|somebody|a man|a guy|people|they|he|theres someone) (?:is |are )?(?:shooting|firing)|shots (?:fired|being fired)|(?:there is|theres|hear|heard|hearing|i hear) (?:gun ?shots|gunfire|shooting|shots)|(?:ik hoor|hoor ik|ik hoorde) (?:[a-z]+ ){0,2}(?:schieten|schoten|geweerschoten)|(?:er is|is er) (?:nu |net |hier )?een schietpartij(?! geweest))/;

/** A camera, a ball, fireworks, a game, hunting, a range, an idiom, or a time over. */
export const shootingInnocent =
  /(?:foto|fotos|film|filmen|filmpje|video|clip|opname|bal|doel|goal|penalty|hoops|basket|vuurwerk|knallers|carbid|fireworks|firework|game|spel|spelletje|fortnite|paintball|airsoft|laser|lasergame|waterpistool|schietvereniging|schietbaan|schietclub|jacht|jager|jagers|hunting|hunters|range|duiven|konijnen|vogels|wortel|tekort|te binnen|stress|lach|opschieten|schiet op|shooting star|photo|photos|pictures|scene|movie|commercial|documentary|nieuws|news|journaal|tv|facebook|instagram|tiktok|las|gelezen|read|online|serie|series|gisteren|vorige|vorig jaar|jaren geleden|last year|years ago|ago|erin|meteen in)/;

/** A marriage said as the young person's fate: to marry, a wedding, married off, a husband found. */
export const marriageWord =
  /(?:trouwen|trouw|huwelijk|uithuwelijk[a-z]*|getrouwd worden|bruid|verloofd|verloven|marry|married|marriage|wedding|engaged|husband for me|wife for me)/;

/** A minor: an age under eighteen, said of oneself or a sister. */
export const minorAge =
  /(?:(?:ik ben|im|i am|ben|zij is|ze is|hij is|she is|he is|mijn zus is|my sister is|ben pas|only) 1[0-7]|1[0-7] (?:jaar|years)|minderjarig|underage|minor)/;

/** A must or a sending: "ik moet", "willen dat ik", "sturen me", "naar hun land", "abroad". */
export const mustOrSending =
  /(?:moet|moeten|willen dat ik|wil dat ik|zeggen dat ik|sturen|stuurt|gestuurd|meenemen|meegenomen|naar (?:hun|het|mijn|ons|een ander) land|buitenland|abroad|back home|sending|send|sent|make me|making me|forcing|forced|have to|must|taking me|they want me)/;

/** A relative's wedding, or the law asked: "de bruiloft van mijn nicht", "mag je trouwen". */
export const marriageEveryday =
  /(?:bruiloft van|naar een bruiloft|naar de bruiloft|(?:neef|nicht|zus|broer|tante|oom|cousin|sister|brother|aunt|uncle|cousins|sisters|brothers)s? (?:gaat trouwen|trouwt|is getting married|wedding|bruiloft)|wedding of|mag (?:je|ik|men) (?:[a-z]+ ){0,3}trouwen|is het toegestaan|legal|allowed|de wet|wettelijk|law|regels|rules|later|ooit|someday|one day)/;

/** A flight from home: "ik ben het huis uit gevlucht", "i ran out of the house". */
export const fledFromHome =
  /(?:weggelopen|weggerend|gevlucht|vluchtte|vluchten|het huis uit (?:gerend|gevlucht|gegaan)|de deur uit (?:gerend|gevlucht)|ran (?:out|away)|run away|fled|escaped|got out of the house|left (?:the house|home) (?:with|in))/;

/** Nowhere to go: "kan nergens heen", "geen plek om te slapen", "nowhere to go". */
export const nowhereToGo =
  /(?:nergens heen|nergens naartoe|nergens terecht|geen (?:plek|slaapplek|plaats|dak)|weet niet waar (?:ik|we|wij) (?:heen|naartoe|moet|moeten|kan|kunnen)|nowhere (?:to go|to sleep|to stay)|no place to (?:go|sleep|stay)|dont know where to go)/;

/** A fire, a flood, a war or a pet that ran: a flight that is no flight from home. */
export const flightEveryday =
  /(?:brand|overstroming|oorlog|vluchteling|asiel|azc|aardbeving|fire|flood|the war|a war|at war|war zone|refugee|asylum|earthquake|uit huis gezet|ontruimd|ontruiming|evicted|eviction|huurachterstand|(?:hond|kat|poes|dog|cat) (?:is |was |has )?(?:weggelopen|ran away|run away|escaped))/;

/** Affairs put in order: letters written, a will made, things settled, a pet rehomed. */
export const affairsInOrder =
  /(?:(?:afscheids)?brie(?:f|ven) (?:geschreven|gemaakt|klaargelegd|achtergelaten)|(?:geschreven|schreef) (?:[a-z]+ ){0,3}(?:afscheids)?brieven|(?:mijn )?(?:zaken|papieren|administratie) (?:zijn |staan )?(?:op orde|geregeld|op een rij)|alles (?:is |staat )?(?:op orde|geregeld)|testament (?:is |heb ik )?(?:gemaakt|opgesteld|geregeld|laten maken)|(?:wrote|written|writing) (?:[a-z]+ ){0,2}letters|(?:affairs|things|everything) (?:in order|sorted)|sorted (?:out )?(?:my|all my) (?:affairs|things)|made (?:a|my) will|(?:huisdieren|hond|kat|poes|konijn) (?:[a-z]+ ){0,3}(?:ondergebracht|weggegeven|weggebracht)|(?:rehomed|gave away|found a home for|found a new home for) (?:my )?(?:cat|dog|pets?|rabbit)|gave (?:my|our) (?:cat|dog|pets?|rabbit) (?:away )?to)/;

/** The end named beside it: "het einde", "mijn laatste nacht", "won't be here". */
export const endNamed =
  /(?:het einde(?! (?:van|aan|der|in)\b)|einde is|(?:ben|is) er (?:straks |binnenkort |dan |zo )?(?:niet|nie) meer|mijn laatste (?:nacht|avond|dag|keer)|niet (?:lang )?meer (?:hier|zijn|er)|er (?:straks |binnenkort )?niet meer (?:ben|zal zijn|zijn)|(?:wont|will not) be (?:here|around)|(?:my )?last (?:night|day|time)|nothing left (?:for me)?|niks meer (?:voor mij|te doen)|niets meer voor mij|het is tijd(?! (?:dat|om|voor|to|for|that)\b)|its time(?! (?:to|for|that)\b)|ben klaar|im done|ready to go|klaar om te gaan|voorgoed|for good)/;

/** A move, a job, a trip, a stay in hospital, a while away: an everyday reason to settle things. */
export const affairsEveryday =
  /(?:verhuis[a-z]*|emigr[a-z]*|reis|vakantie|operatie|opname|nieuwe baan|stage|voor (?:een paar |[a-z]+ )?(?:weken|maanden)|tijdje|moving|move|trip|travel|holiday|surgery|operation|new job|deployment|uitzending|missie|for (?:a few |[a-z]+ )?(?:weeks|months)|a while|semester|exchange|notaris|uitvaart|uitvaartverzekering|uitvaartpolis|wilsverklaring|notary|funeral plan|insurance|verbouwing|gemeente|belasting|belastingdienst|uwv|advocaat|verhuurder|woningbouw|bank|landlord|council|lawyer|tax)/;

/** Knowing how: "ik weet al hoe ik het ga doen", "i already know how im going to do it". */
export const knowsHow =
  /(?:ik weet|weet ik) (?:al |nu |precies |allang |heus )*hoe ik het (?:ga|zal|wil|moet) (?:doen|aanpakken)|(?:i|ive|i have) (?:already |)(?:know|figured out|worked out|decided|thought about|thought of) (?:exactly )?how (?:i|im|i am|id|ill|i will|i would) (?:going to |gonna |will |would )?do it/;

/** A task the writer plans: "how i'll do it" is then that task. */
export const taskNamed =
  /(?:verhuizing|verhuizen|feest|feestje|presentatie|examen|toets|bruiloft|verrassing|surprise|cadeau|huiswerk|aanvraag|formulier|verbouwing|taart|speech|toespraak|sollicitatie|sollicitatiegesprek|rijexamen|marathon|dieet|afvallen|stoppen met roken|budget|administratie|belastingaangifte|doen met (?:de|het|mijn|onze|ons) (?:kinderen|opvang|oppas|vakantie|werk|hond|tuin|huis)|moving|party|presentation|exam|wedding|gift|homework|application|cake|interview|diet|quit smoking|project|puzzle|recipe|knitting|do it with (?:the|my|our) (?:kids|childcare|garden|house|dog))/;

/** Forced to work: "word gedwongen te werken", "forced to work", "they make me work". */
export const forcedToWork =
  /(?:(?:word|wordt|worden|ben|werd) (?:[a-z]+ )?gedwongen (?:om )?(?:te )?(?:werken|werk)|dwing(?:en|t)? (?:me|mij|ons|haar|hem) (?:om )?te werken|(?:forced|made|making me|make me|forcing me|forces me|makes me) (?:to )?work)/;

/** Cannot leave, no pay, a passport kept, a debt: held in the work. */
export const cannotLeaveWork =
  /(?:(?:kan|mag|kunnen|mogen) (?:[a-z]+ ){0,2}(?:niet|nie) (?:weg|vertrekken|stoppen|naar huis|naar buiten)|(?:cant|cannot|can not|not allowed to|wont let me|dont let me) (?:leave|go|quit|stop|go home)|paspoort|passport|zonder loon|geen loon|no pay|unpaid|not paid|opgesloten|locked)/;

/** Overtime, weekends, a benefit's duty or a placement: work the writer dislikes, not bondage. */
export const workEveryday =
  /(?:overuren|overwerk|in het weekend|weekenden|thuiswerken|vanuit huis|uwv|reintegratie|werkplicht|stage|kerst|feestdagen|nachtdienst|eerder|op tijd|overtime|weekends|from home|internship|placement|christmas|night shifts|early|on time|before (?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))/;
