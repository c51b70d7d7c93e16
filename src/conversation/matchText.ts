/**
 * Text folding for recognising short replies ("Ja!", "nummer 2", "Één", "Overslaan."). The
 * implementation is the one normaliser and edit distance of src/text (ADR 0013); this module keeps
 * the names the dialogs use.
 */
export { foldReply, replyWords } from '../text/normalise.js';
export { withinEditDistance } from '../text/editDistance.js';
