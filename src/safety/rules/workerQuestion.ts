import { re } from '../crisisRule.js';
import { ownNow, presentSelf } from './lexicon.js';
import { somethingOfNow } from './pastToldForHelp.js';

/**
 * A worker's or a volunteer's question (docs/adr/0012-safety-net.md, session 22): "als kapster zie
 * ik soms blauwe plekken, waar krijg ik advies", "as a school nurse, which number can students
 * call". The shared `professionalSetting` reads one clause, a fixed list of trades, and never a
 * danger rule. Read over the whole message and wired as an `askUnlessInMessage` on every rule
 * (detectCrisis.ts): a check with every line, never silence, since a worker may tell a case that is
 * a crisis now; anything of now in the message (the shared `somethingOfNow`) keeps the reply.
 */

/** A trade or a role, by the endings Dutch and English trades share, or by name. */
const role = String.raw`(?:[a-z]*(?:instructeur|instructrice|leider|leidster|medewerker|medewerkster|assistent|assistente|verpleegkundige|chauffeur|werker|trainer|docent|docente|begeleider|begeleidster|verzorgende|vrijwilliger|vrijwilligster|kundige)|kapper|kapster|concierge|apotheker|mentor|juf|leerkracht|coach|huisarts|maatje|buddy|nurse|teacher|volunteer|driver|carer|caregiver|pharmacist|librarian|hairdresser|barber|instructor|counsellor|counselor|youth worker|social worker|doctor|gp)`;

/** The role as the writer's own setting: "als kapster", "ik ben zweminstructeur", "as a nurse", "trainer bij de club". */
const roleAsSetting = re`(?:^|\. )(?:als|ik ben|ik werk als|ik ben werkzaam als|as a|as an|im a|i am a|i work as a|i work as an) (?:[a-z]+ )?${new RegExp(role)}\b|(?:^|\. )${new RegExp(role)} (?:hier|here|bij|at)\b|\b(?:ik werk in de|ik werk bij de|i volunteer at|i volunteer with|i work at) `;

/** A question asked: how, what, which, where, may or must I. */
const questionAsked =
  /\b(?:hoe|wat|welke|welk|waar|wie|mag ik|moet ik|kan ik|is er|zijn er|how|what|which|where|who|should i|can i|may i|is there|are there)\b/;

/** A role as the setting and a question, with nothing of now and no crisis of the writer's own. */
export const workerQuestionInMessage = re`^(?=.*${roleAsSetting})(?=.*${questionAsked})(?!.*${somethingOfNow})(?!.*${ownNow})(?!.*${presentSelf})`;
