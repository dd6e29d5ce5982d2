/**
 * Public API: every DataLoader of the GraphQL layer, built fresh for each request by createContext (dataloader
 * README, "Creating a new DataLoader per request"), so nothing is cached across requests or users.
 */
import type { Db } from '../../db/create-driver.ts';
import { createActorLoader } from './actor.loader.ts';
import { createLocationLoader } from './location.loader.ts';
import { createIncidentLoader } from './incident.loader.ts';
import { createClaimLoader } from './claim.loader.ts';
import { createArticleLoader } from './article.loader.ts';
import { createClaimSourceLoader } from './claim-source.loader.ts';
import { createClaimRelaysLoader } from './claim-relays.loader.ts';
import { createClaimArticleLoader } from './claim-article.loader.ts';
import { createClaimOutletLoader } from './claim-outlet.loader.ts';
import { createClaimIncidentLoader } from './claim-incident.loader.ts';
import { createClaimEvidenceLoader } from './claim-evidence.loader.ts';
import { createIncidentLocationLoader } from './incident-location.loader.ts';
import { createIncidentPerpetratorsLoader } from './incident-perpetrators.loader.ts';
import { createIncidentTargetsLoader } from './incident-targets.loader.ts';
import { createIncidentReportsLoader } from './incident-reports.loader.ts';
import { createIncidentEvidenceLoader } from './incident-evidence.loader.ts';
import { createLocationParentLoader } from './location-parent.loader.ts';
import { createActorAffiliationsLoader } from './actor-affiliations.loader.ts';
import { createArticleOutletLoader } from './article-outlet.loader.ts';
import { createArticleMentionsLoader } from './article-mentions.loader.ts';
import { createOutletTopSourcesLoader } from './outlet-top-sources.loader.ts';
import { createIncidentClaimsLoader } from './incident-claims.loader.ts';
import { createLocationChildrenLoader } from './location-children.loader.ts';
import { createLocationIncidentsLoader } from './location-incidents.loader.ts';
import { createActorIncidentsLoader } from './actor-incidents.loader.ts';
import { createActorClaimsLoader } from './actor-claims.loader.ts';
import { createActorRelayedClaimsLoader } from './actor-relayed-claims.loader.ts';
import { createArticleClaimsLoader } from './article-claims.loader.ts';
import { createOutletClaimsLoader } from './outlet-claims.loader.ts';
import { createOutletArticlesLoader } from './outlet-articles.loader.ts';
import { createOutletIncidentsLoader } from './outlet-incidents.loader.ts';

/** Given the Db, returns a fresh set of loaders: one per node label and one per relation. */
export function createLoaders(db: Db) {
  return {
    actor: createActorLoader(db),
    location: createLocationLoader(db),
    incident: createIncidentLoader(db),
    claim: createClaimLoader(db),
    article: createArticleLoader(db),
    claimSource: createClaimSourceLoader(db),
    claimRelays: createClaimRelaysLoader(db),
    claimArticle: createClaimArticleLoader(db),
    claimOutlet: createClaimOutletLoader(db),
    claimIncident: createClaimIncidentLoader(db),
    claimEvidence: createClaimEvidenceLoader(db),
    incidentLocation: createIncidentLocationLoader(db),
    incidentPerpetrators: createIncidentPerpetratorsLoader(db),
    incidentTargets: createIncidentTargetsLoader(db),
    incidentEvidence: createIncidentEvidenceLoader(db),
    incidentReports: createIncidentReportsLoader(db),
    locationParent: createLocationParentLoader(db),
    actorAffiliations: createActorAffiliationsLoader(db),
    articleOutlet: createArticleOutletLoader(db),
    articleMentions: createArticleMentionsLoader(db),
    outletTopSources: createOutletTopSourcesLoader(db),
    incidentClaims: createIncidentClaimsLoader(db),
    locationChildren: createLocationChildrenLoader(db),
    locationIncidents: createLocationIncidentsLoader(db),
    actorIncidents: createActorIncidentsLoader(db),
    actorClaims: createActorClaimsLoader(db),
    actorRelayedClaims: createActorRelayedClaimsLoader(db),
    articleClaims: createArticleClaimsLoader(db),
    outletClaims: createOutletClaimsLoader(db),
    outletArticles: createOutletArticlesLoader(db),
    outletIncidents: createOutletIncidentsLoader(db),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
