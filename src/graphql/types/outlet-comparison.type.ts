/** Public API: the `OutletComparison` object type (with `ComparedIncident`): what two outlets both covered and where their figures differ. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow, IncidentRow } from '../../db/node.repository.ts';
import { Incident } from './incident.type.ts';
import { FigureValue } from './incident-figures.type.ts';
import { Outlet } from './outlet.type.ts';

@ObjectType({ description: 'An incident both outlets covered, with the figures each gave.' })
export class ComparedIncident {
  @Field(() => Incident, { description: 'The incident.' })
  incident!: IncidentRow;

  @Field(() => [FigureValue], { description: 'The killed figures in the first outlet’s claims.' })
  killedA!: FigureValue[];

  @Field(() => [FigureValue], { description: 'The killed figures in the second outlet’s claims.' })
  killedB!: FigureValue[];

  @Field(() => [FigureValue], { description: 'The injured figures in the first outlet’s claims.' })
  injuredA!: FigureValue[];

  @Field(() => [FigureValue], { description: 'The injured figures in the second outlet’s claims.' })
  injuredB!: FigureValue[];

  @Field(() => Boolean, { description: 'True when a figure of one outlet cannot be squared with one of the other.' })
  figuresDiffer!: boolean;

  @Field(() => [String], { description: 'Where they differ, in words.' })
  differences!: string[];
}

@ObjectType({ description: 'Two outlets side by side: the incidents both covered and where their figures differ.' })
export class OutletComparison {
  @Field(() => Outlet, { description: 'The first outlet.' })
  a!: ActorRow;

  @Field(() => Outlet, { description: 'The second outlet.' })
  b!: ActorRow;

  @Field(() => Int, { description: 'How many incidents both covered (up to the limit asked).' })
  commonCount!: number;

  @Field(() => Int, { description: 'How many of those have figures that differ.' })
  differingCount!: number;

  @Field(() => [ComparedIncident], { description: 'The incidents both covered, latest first.' })
  incidents!: ComparedIncident[];
}
