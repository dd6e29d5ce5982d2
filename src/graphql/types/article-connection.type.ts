/** Public API: `ArticleConnection` and `ArticleEdge`, a Relay page of articles. */
import { createConnectionType } from './create-connection-type.ts';
import { Article } from './article.type.ts';

export const ArticleConnection = createConnectionType('Article', Article, 'article');
