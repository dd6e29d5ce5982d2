# The service alone (the database comes from docker-compose's neo4j service, so no Java or Maven here).
FROM node:20-bookworm-slim
WORKDIR /app
ENV KG_SKIP_NEO4J_BUILD=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
EXPOSE 4000
CMD ["node", "bin/kg.js", "start"]
