/**
 * Public API: the EventLexicon compiled from the project's JSON word lists in seeds/lexicon (imported as JSON
 * modules: no I/O happens here).
 */
import speechVerbs from '../../../seeds/lexicon/speech-verbs.json' with { type: 'json' };
import incidentTriggers from '../../../seeds/lexicon/incident-triggers.json' with { type: 'json' };
import numberWords from '../../../seeds/lexicon/number-words.json' with { type: 'json' };
import figureCues from '../../../seeds/lexicon/figure-cues.json' with { type: 'json' };
import victimGroups from '../../../seeds/lexicon/victim-groups.json' with { type: 'json' };
import dateWords from '../../../seeds/lexicon/date-words.json' with { type: 'json' };
import type { EventLexicon } from './event-lexicon.ts';
import { compileEventLexicon } from './compile-event-lexicon.ts';

let cached: EventLexicon | null = null;

/** Given nothing, returns the EventLexicon of seeds/lexicon, compiled once and shared. */
export function getDefaultEventLexicon(): EventLexicon {
  cached ??= compileEventLexicon({ speechVerbs, incidentTriggers, numberWords, figureCues, victimGroups, dateWords });
  return cached;
}
