/** Public API: the `AgreementGrade` enum: how well the sources of an incident agree. */
import { registerEnumType } from 'type-graphql';

export enum AgreementGrade {
  CORROBORATED = 'CORROBORATED',
  SINGLE_SOURCE = 'SINGLE_SOURCE',
  CONTESTED = 'CONTESTED',
}

registerEnumType(AgreementGrade, {
  name: 'AgreementGrade',
  description: 'How well the independent sources of an incident agree.',
  valuesConfig: {
    CORROBORATED: { description: 'Two or more independent sources, no denial, consistent figures.' },
    SINGLE_SOURCE: { description: 'At most one independent source backs it, and nobody denies it.' },
    CONTESTED: { description: 'Someone denies it, or the sources give conflicting figures.' },
  },
});
