-- The words and every list and category filter of /models in one GIN index (lib/catalogue/search.ts).
-- Before, each had its own index, and a search with several filters built one bitmap of every row
-- matching each (34,000 rows for two countries, 70,000 for two grades, at 100,000 models) and
-- ANDed them: most of such a query's time. One multi-column GIN index scan intersects them all,
-- skipping along the rarest value's list (docs/bench-catalogue.md). btree_gin gives GIN the scalar
-- columns (grade, modality, licence, pillars); their B-tree indexes stay for scalar-only queries,
-- which Model_filters_idx answers from the index alone. Prisma's schema cannot describe a GIN
-- index over scalar columns, so this one lives here only (SQL_ONLY_INDEXES in lib/db/migrations.ts).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "Model_languages_idx";

-- DropIndex
DROP INDEX "Model_organisationCountries_idx";

-- DropIndex
DROP INDEX "Model_organisationSlugs_idx";

-- DropIndex
DROP INDEX "Model_organisationTypes_idx";

-- DropIndex
DROP INDEX "Model_searchVector_idx";

-- DropIndex
DROP INDEX "Model_tasks_idx";

-- CreateIndex
CREATE INDEX "Model_search_filters_idx" ON "Model" USING GIN (
  "searchVector", "languages", "tasks", "organisationCountries", "organisationSlugs", "organisationTypes",
  "grade", "modality", "weightsLicenceId", "useGrade", "methodsGrade", "dataGrade", "retrainGrade");
