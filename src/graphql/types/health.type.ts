/**
 * Public API: the `Health` object type: is the service's database up, which Neo4j, and how big is the graph.
 */
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The number of nodes carrying one label.' })
export class LabelCount {
  @Field(() => String, { description: 'Node label, e.g. Article, Actor, Location, Incident, Claim.' })
  label!: string;

  @Field(() => Int, { description: 'How many nodes carry it.' })
  count!: number;
}

@ObjectType({ description: 'The state of the service and its database.' })
export class Health {
  @Field(() => String, { description: '"up" when the database answers, else "down".' })
  database!: 'up' | 'down';

  @Field(() => String, { nullable: true, description: 'Neo4j version, e.g. 5.26.30; null when down.' })
  version!: string | null;

  @Field(() => String, { nullable: true, description: 'Neo4j edition (community or enterprise); null when down.' })
  edition!: string | null;

  @Field(() => String, { description: 'Where the database runs: "embedded" (started by the service) or "external" (NEO4J_URI).' })
  mode!: 'embedded' | 'external';

  @Field(() => [LabelCount], { description: 'Node counts by label (empty when down).' })
  counts!: LabelCount[];

  @Field(() => String, { nullable: true, description: 'Why the database is down, when it is.' })
  reason!: string | null;
}
