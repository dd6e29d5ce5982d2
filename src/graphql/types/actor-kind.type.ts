/** Public API: the `ActorKind` enum (stored upper case on Actor.kind). */
import { registerEnumType } from 'type-graphql';

export enum ActorKind {
  ARMED_GROUP = 'ARMED_GROUP',
  STATE = 'STATE',
  ORGANIZATION = 'ORGANIZATION',
  MEDIA = 'MEDIA',
  PERSON = 'PERSON',
  ANONYMOUS_SOURCE = 'ANONYMOUS_SOURCE',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of actor: outlets, agencies and networks are MEDIA.',
  valuesConfig: {
    ARMED_GROUP: { description: 'An armed group or militia (ISIS, SDF, a faction).' },
    STATE: { description: 'A state, its government or army.' },
    ORGANIZATION: { description: 'An organization or coalition (the international coalition, the UN, SOHR).' },
    MEDIA: { description: 'An outlet, news agency or local network.' },
    PERSON: { description: 'A named person (a commander, a correspondent, a spokesperson).' },
    ANONYMOUS_SOURCE: { description: 'An unnamed source: "activists", "local sources", "residents".' },
  },
});
