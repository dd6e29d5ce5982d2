/** Public API: the `IncidentType` enum (stored lower case on Incident.type). */
import { registerEnumType } from 'type-graphql';

export enum IncidentType {
  AIRSTRIKE = 'airstrike',
  SHELLING = 'shelling',
  CLASH = 'clash',
  ATTACK = 'attack',
  KILLING = 'killing',
  TRUCE = 'truce',
  NEGOTIATION = 'negotiation',
  REINFORCEMENT = 'reinforcement',
  DISPLACEMENT = 'displacement',
  CAPTURE = 'capture',
  REPORT = 'report',
}

registerEnumType(IncidentType, {
  name: 'IncidentType',
  description: 'What happened.',
  valuesConfig: {
    AIRSTRIKE: { description: 'Air raids or drone strikes.' },
    SHELLING: { description: 'Artillery, rocket or mortar fire.' },
    CLASH: { description: 'Fighting between armed parties.' },
    ATTACK: { description: 'An attack: a car bomb, a suicide attack, an assault, a raid.' },
    KILLING: { description: 'A killing or assassination.' },
    TRUCE: { description: 'A truce or ceasefire.' },
    NEGOTIATION: { description: 'Talks or an agreement between parties.' },
    REINFORCEMENT: { description: 'Reinforcements or arms sent.' },
    DISPLACEMENT: { description: 'Civilians fleeing or displaced.' },
    CAPTURE: { description: 'Territory taken or people captured.' },
    REPORT: { description: 'A report or statement that is itself the event (a casualty report, a complaint).' },
  },
});
