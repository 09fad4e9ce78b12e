# Dateline in a container, for building an archive without installing Node.
# docs/publishing.md ("Docker") has the commands; in short:
#
#   docker build -t dateline .
#   docker run --rm --init --user "$(id -u):$(id -g)" \
#     -v "$PWD/content:/site/content:ro" -v "$PWD/out:/site/out" \
#     -v dateline-cache:/cache dateline
#
# The site is written to out/_site. The output's *parent* is the mount: a
# build writes the new site beside the old one and swaps the two by renaming
# them (docs/output-folder.md), and a bind-mounted folder cannot be renamed.
# tests/unit/deploy-recipes.test.ts checks this file against the project.
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so that a change to the code does not reinstall them.
# The build runs TypeScript through tsx, a dependency: no devDependencies.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY src ./src
COPY layouts ./layouts
COPY public ./public

# Caches in a volume of their own, writable whichever --user runs the build;
# npm's own files in /tmp, as the home folder of an arbitrary user may not exist.
RUN mkdir -m 0777 /cache /site /site/out
ENV DATELINE_CACHE_DIR=/cache \
    NPM_CONFIG_CACHE=/tmp/.npm \
    NPM_CONFIG_UPDATE_NOTIFIER=false
VOLUME ["/cache"]

USER node

# Further flags (--pathprefix=/news/, --now=…, --quiet) are added after these.
ENTRYPOINT ["npm", "run", "build", "--", "--input=/site/content", "--output=/site/out/_site"]
