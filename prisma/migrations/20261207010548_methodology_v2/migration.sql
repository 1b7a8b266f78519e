-- Methodology version 2 (METHODOLOGY.md, "Version 2"): every licence per component, a model's
-- base model, licence thresholds, the G7 data exception and label, and the catalogue's scope,
-- families and sources. Version 1 data is carried over: each model's three licence columns become
-- rows of ModelLicence, and submissions waiting for review get their licences as lists (the form's
-- schema reads both shapes too). Assessments under version 1 stay as they are; npm start re-scores
-- every published model under version 2 (lib/catalogue/rescore.ts).

-- CreateEnum
CREATE TYPE "Scope" AS ENUM ('europe', 'reference');

-- CreateEnum
CREATE TYPE "LicenceComponent" AS ENUM ('weights', 'code', 'data');

-- CreateEnum
CREATE TYPE "BaseRelation" AS ENUM ('fine_tune', 'continued_pretraining', 'distillation', 'merge', 'quantisation', 'upscaling');

-- CreateEnum
CREATE TYPE "DataExceptionReason" AS ENUM ('legal', 'technical');

-- CreateEnum
CREATE TYPE "G7Label" AS ENUM ('open_source_ai_with_open_data', 'open_source_ai', 'open_weights_ai', 'weights_available_ai', 'none', 'not_determinable');

-- DropForeignKey
ALTER TABLE "Model" DROP CONSTRAINT "Model_codeLicenceId_fkey";

-- DropForeignKey
ALTER TABLE "Model" DROP CONSTRAINT "Model_dataLicenceId_fkey";

-- DropForeignKey
ALTER TABLE "Model" DROP CONSTRAINT "Model_weightsLicenceId_fkey";

-- DropIndex
DROP INDEX "Model_filters_idx";

-- DropIndex
DROP INDEX "Model_weightsLicenceId_idx";

-- AlterTable
ALTER TABLE "Licence" ADD COLUMN     "nonProduction" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "revenueCap" DOUBLE PRECISION,
ADD COLUMN     "revenueCapCurrency" VARCHAR(3),
ADD COLUMN     "userCap" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "ModelLicence" (
    "modelId" TEXT NOT NULL,
    "component" "LicenceComponent" NOT NULL,
    "licenceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ModelLicence_pkey" PRIMARY KEY ("modelId","component","licenceId")
);

-- Version 1's one licence per component, as the first (and only) licence of each component.
INSERT INTO "ModelLicence" ("modelId", "component", "licenceId", "position")
SELECT "id", 'weights'::"LicenceComponent", "weightsLicenceId", 0 FROM "Model" WHERE "weightsLicenceId" IS NOT NULL
UNION ALL
SELECT "id", 'code'::"LicenceComponent", "codeLicenceId", 0 FROM "Model" WHERE "codeLicenceId" IS NOT NULL
UNION ALL
SELECT "id", 'data'::"LicenceComponent", "dataLicenceId", 0 FROM "Model" WHERE "dataLicenceId" IS NOT NULL;

-- AlterTable
ALTER TABLE "Model" DROP COLUMN "codeLicenceId",
DROP COLUMN "dataLicenceId",
DROP COLUMN "weightsLicenceId",
ADD COLUMN     "attribution" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "baseModelId" TEXT,
ADD COLUMN     "baseModelName" TEXT,
ADD COLUMN     "baseModelUrl" TEXT,
ADD COLUMN     "baseRelation" "BaseRelation",
ADD COLUMN     "dataExceptionEvidenceUrl" TEXT,
ADD COLUMN     "dataExceptionNote" TEXT,
ADD COLUMN     "dataExceptionReason" "DataExceptionReason",
ADD COLUMN     "factSources" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "familyName" TEXT,
ADD COLUMN     "familySlug" TEXT,
ADD COLUMN     "g7Label" "G7Label",
ADD COLUMN     "scope" "Scope" NOT NULL DEFAULT 'europe',
ADD COLUMN     "unverified" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "weightsLicenceIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- What the filters read: every weights licence of the model (the base model's are added when it is re-scored).
UPDATE "Model" m SET "weightsLicenceIds" = l.ids
FROM (SELECT "modelId", array_agg("licenceId" ORDER BY "licenceId") AS ids FROM "ModelLicence" WHERE "component" = 'weights' GROUP BY "modelId") l
WHERE l."modelId" = m."id";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "scope" "Scope" NOT NULL DEFAULT 'europe';

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "sourceHash" VARCHAR(64);

-- CreateIndex
CREATE INDEX "Submission_sourceHash_idx" ON "Submission"("sourceHash");

-- CreateIndex
CREATE INDEX "ModelLicence_licenceId_idx" ON "ModelLicence"("licenceId");

-- CreateIndex
CREATE INDEX "Model_filters_idx" ON "Model"("status", "modality", "grade", "scope", "g7Label", "parameterCount", "releaseYear", "useGrade", "methodsGrade", "dataGrade", "retrainGrade", "fromSme", "sortScore", "sortRelease", "updatedAt", "sortName", "id");

-- CreateIndex
CREATE INDEX "Model_baseModelId_idx" ON "Model"("baseModelId");

-- CreateIndex
CREATE INDEX "Model_familySlug_idx" ON "Model"("familySlug");

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_baseModelId_fkey" FOREIGN KEY ("baseModelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelLicence" ADD CONSTRAINT "ModelLicence_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelLicence" ADD CONSTRAINT "ModelLicence_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Submissions still open for a decision: each component's licence choice becomes a list.
UPDATE "Submission" SET "payload" = jsonb_set("payload", '{licences}', (
  SELECT jsonb_object_agg(component, CASE
    WHEN choice IS NULL OR jsonb_typeof(choice) = 'array' THEN coalesce(choice, '[]'::jsonb)
    WHEN choice->>'mode' = 'none' THEN '[]'::jsonb
    ELSE jsonb_build_array(choice) END)
  FROM jsonb_each("payload"->'licences') AS e(component, choice)))
WHERE "kind" IN ('new_model', 'edit_model')
  AND "status" IN ('draft', 'pending', 'changes_requested')
  AND jsonb_typeof("payload"->'licences') = 'object'
  AND "payload"->'licences' <> '{}'::jsonb;

-- The words and every list and category filter of /models in one GIN index (see migration
-- search_filters_index): dropping "weightsLicenceId" dropped it; the licence filter now reads the
-- list of weights licences, and the scope and G7 label filters join it.
CREATE INDEX "Model_search_filters_idx" ON "Model" USING GIN (
  "searchVector", "languages", "tasks", "organisationCountries", "organisationSlugs", "organisationTypes",
  "weightsLicenceIds", "grade", "modality", "scope", "g7Label", "useGrade", "methodsGrade", "dataGrade", "retrainGrade");

-- "By openness" sorts by grade first, then score (METHODOLOGY.md, version 2, rule 7): the sort key
-- puts each grade in its own band of 1,000 above the score, so a D model never ranks above a C model
-- and the existing index on the key keeps serving the order.
CREATE OR REPLACE FUNCTION atlas_model_search_fields() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW."searchVector" :=
       setweight(to_tsvector('simple', atlas_unaccent(coalesce(NEW."name", ''))), 'A')
    || setweight(to_tsvector('simple', atlas_unaccent(array_to_string(coalesce(NEW."organisationNames", '{}'), ' '))), 'B')
    || setweight(to_tsvector('simple', atlas_unaccent(coalesce(NEW."description", ''))), 'C');
  NEW."searchText" := lower(atlas_unaccent(coalesce(NEW."name", '') || ' ' || array_to_string(coalesce(NEW."organisationNames", '{}'), ' ')));
  NEW."sortName" := lower(atlas_unaccent(coalesce(NEW."name", '')));
  NEW."sortScore" := CASE WHEN NEW."score" IS NULL OR NEW."grade" IS NULL THEN -1
    ELSE (CASE NEW."grade" WHEN 'A' THEN 4 WHEN 'B' THEN 3 WHEN 'C' THEN 2 WHEN 'D' THEN 1 ELSE 0 END) * 1000 + NEW."score" END;
  NEW."sortRelease" := CASE
    WHEN NEW."releaseDate" IS NOT NULL THEN to_char(NEW."releaseDate", 'YYYYMMDD')::integer
    WHEN NEW."releaseYear" IS NOT NULL THEN NEW."releaseYear" * 10000
    ELSE 0 END;
  RETURN NEW;
END
$fn$;

DROP TRIGGER model_search_fields ON "Model";
CREATE TRIGGER model_search_fields
  BEFORE INSERT OR UPDATE OF "name", "description", "organisationNames", "score", "grade", "releaseDate", "releaseYear"
  ON "Model" FOR EACH ROW EXECUTE FUNCTION atlas_model_search_fields();

UPDATE "Model" SET "grade" = "grade" WHERE "grade" IS NOT NULL;

-- A model's licences are part of the published catalogue: writing them raises its version too.
CREATE TRIGGER catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ModelLicence"
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_catalogue_changed();
