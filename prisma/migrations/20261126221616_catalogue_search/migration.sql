-- DropIndex
DROP INDEX "Model_status_score_idx";

-- DropIndex
DROP INDEX "Model_status_updatedAt_idx";

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "dataGrade" "AnswerGrade",
ADD COLUMN     "fromSme" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "methodsGrade" "AnswerGrade",
ADD COLUMN     "organisationCountries" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "organisationNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "organisationSlugs" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "organisationTypes" "OrganisationType"[] DEFAULT ARRAY[]::"OrganisationType"[],
ADD COLUMN     "retrainGrade" "AnswerGrade",
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortRelease" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sortScore" DOUBLE PRECISION NOT NULL DEFAULT -1,
ADD COLUMN     "useGrade" "AnswerGrade";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "gradeCounts" INTEGER[] DEFAULT ARRAY[0, 0, 0, 0, 0]::INTEGER[],
ADD COLUMN     "meanScore" DOUBLE PRECISION,
ADD COLUMN     "modelCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Model_status_sortScore_sortName_id_idx" ON "Model"("status", "sortScore" DESC, "sortName", "id");

-- CreateIndex
CREATE INDEX "Model_status_sortName_id_idx" ON "Model"("status", "sortName", "id");

-- CreateIndex
CREATE INDEX "Model_status_sortRelease_sortName_id_idx" ON "Model"("status", "sortRelease" DESC, "sortName", "id");

-- CreateIndex
CREATE INDEX "Model_status_updatedAt_sortName_id_idx" ON "Model"("status", "updatedAt" DESC, "sortName", "id");

-- CreateIndex
CREATE INDEX "Model_status_publishedAt_idx" ON "Model"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Model_organisationSlugs_idx" ON "Model" USING GIN ("organisationSlugs");

-- CreateIndex
CREATE INDEX "Model_organisationCountries_idx" ON "Model" USING GIN ("organisationCountries");

-- CreateIndex
CREATE INDEX "Model_organisationTypes_idx" ON "Model" USING GIN ("organisationTypes");

-- CreateIndex
CREATE INDEX "Model_searchVector_idx" ON "Model" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Model_searchText_idx" ON "Model" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organisation_status_sortName_id_idx" ON "Organisation"("status", "sortName", "id");

-- CreateIndex
CREATE INDEX "Organisation_searchVector_idx" ON "Organisation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Organisation_searchText_idx" ON "Organisation" USING GIN ("searchText" gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------
-- Written by hand: what Prisma's schema cannot express. Search, filters and sort keys of the
-- catalogue (lib/catalogue/search.ts, lib/catalogue/organisations.ts) read the columns above,
-- which the triggers below keep in step whatever code writes the rows.

-- unaccent() is only STABLE (it finds its dictionary through the search path), so it cannot be
-- used in an index or a stored column; naming the dictionary makes this wrapper IMMUTABLE.
CREATE OR REPLACE FUNCTION atlas_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $fn$;

-- Search document (name A, organisations B, description C; 'simple': names and several languages,
-- no stemming), trigram text for typos, and non-null sort keys (keyset pagination needs them).
CREATE OR REPLACE FUNCTION atlas_model_search_fields() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW."searchVector" :=
       setweight(to_tsvector('simple', atlas_unaccent(coalesce(NEW."name", ''))), 'A')
    || setweight(to_tsvector('simple', atlas_unaccent(array_to_string(coalesce(NEW."organisationNames", '{}'), ' '))), 'B')
    || setweight(to_tsvector('simple', atlas_unaccent(coalesce(NEW."description", ''))), 'C');
  NEW."searchText" := lower(atlas_unaccent(coalesce(NEW."name", '') || ' ' || array_to_string(coalesce(NEW."organisationNames", '{}'), ' ')));
  NEW."sortName" := lower(atlas_unaccent(coalesce(NEW."name", '')));
  NEW."sortScore" := coalesce(NEW."score", -1);
  NEW."sortRelease" := CASE
    WHEN NEW."releaseDate" IS NOT NULL THEN to_char(NEW."releaseDate", 'YYYYMMDD')::integer
    WHEN NEW."releaseYear" IS NOT NULL THEN NEW."releaseYear" * 10000
    ELSE 0 END;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER model_search_fields
  BEFORE INSERT OR UPDATE OF "name", "description", "organisationNames", "score", "releaseDate", "releaseYear"
  ON "Model" FOR EACH ROW EXECUTE FUNCTION atlas_model_search_fields();

CREATE OR REPLACE FUNCTION atlas_organisation_search_fields() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW."searchVector" :=
       setweight(to_tsvector('simple', atlas_unaccent(coalesce(NEW."name", ''))), 'A')
    || setweight(to_tsvector('simple', atlas_unaccent(coalesce(NEW."description", ''))), 'C');
  NEW."searchText" := lower(atlas_unaccent(coalesce(NEW."name", '')));
  NEW."sortName" := lower(atlas_unaccent(coalesce(NEW."name", '')));
  RETURN NEW;
END
$fn$;

CREATE TRIGGER organisation_search_fields
  BEFORE INSERT OR UPDATE OF "name", "description"
  ON "Organisation" FOR EACH ROW EXECUTE FUNCTION atlas_organisation_search_fields();

-- Copies the organisations' slugs, names, countries, types and SME status onto their models,
-- main developer first; set-based, so a bulk insert of links costs one UPDATE.
CREATE OR REPLACE FUNCTION atlas_refresh_model_organisations(model_ids text[]) RETURNS void
  LANGUAGE plpgsql AS $fn$
BEGIN
  -- statement triggers fire even for no row: stop there, or the triggers below would call each other forever
  IF coalesce(cardinality(model_ids), 0) = 0 THEN RETURN; END IF;
  UPDATE "Model" m SET
    "organisationSlugs" = agg.slugs,
    "organisationNames" = agg.names,
    "organisationCountries" = agg.countries,
    "organisationTypes" = agg.types,
    "fromSme" = agg.sme
  FROM (
    SELECT ids.id,
      coalesce(array_agg(o."slug" ORDER BY mo."position", o."slug") FILTER (WHERE o.id IS NOT NULL), '{}') AS slugs,
      coalesce(array_agg(o."name" ORDER BY mo."position", o."slug") FILTER (WHERE o.id IS NOT NULL), '{}') AS names,
      coalesce(array_agg(DISTINCT o."country"::text) FILTER (WHERE o.id IS NOT NULL), '{}') AS countries,
      coalesce(array_agg(DISTINCT o."type") FILTER (WHERE o.id IS NOT NULL), '{}') AS types,
      coalesce(bool_or(o."isSme"), false) AS sme
    FROM unnest(model_ids) AS ids(id)
    LEFT JOIN "ModelOrganisation" mo ON mo."modelId" = ids.id
    LEFT JOIN "Organisation" o ON o.id = mo."organisationId"
    GROUP BY ids.id
  ) agg
  WHERE m.id = agg.id
    AND (m."organisationSlugs", m."organisationNames", m."organisationCountries", m."organisationTypes", m."fromSme")
        IS DISTINCT FROM (agg.slugs, agg.names, agg.countries, agg.types, agg.sme);
END
$fn$;

-- An organisation's published models: how many, the mean score of the assessed ones and how
-- many per grade (METHODOLOGY.md, "Organisations"), so its page and the list read one row.
CREATE OR REPLACE FUNCTION atlas_refresh_organisation_stats(organisation_ids text[]) RETURNS void
  LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(organisation_ids), 0) = 0 THEN RETURN; END IF;
  UPDATE "Organisation" o SET "modelCount" = s.models, "meanScore" = s.mean, "gradeCounts" = s.grades
  FROM (
    SELECT ids.id,
      count(m."id")::int AS models,
      avg(m."score") FILTER (WHERE m."grade" IS NOT NULL) AS mean,
      ARRAY[
        count(*) FILTER (WHERE m."grade" = 'A'), count(*) FILTER (WHERE m."grade" = 'B'),
        count(*) FILTER (WHERE m."grade" = 'C'), count(*) FILTER (WHERE m."grade" = 'D'),
        count(*) FILTER (WHERE m."grade" = 'E')
      ]::integer[] AS grades
    FROM unnest(organisation_ids) AS ids(id)
    LEFT JOIN "ModelOrganisation" mo ON mo."organisationId" = ids.id
    LEFT JOIN "Model" m ON m."id" = mo."modelId" AND m."status" = 'published'
    GROUP BY ids.id
  ) s
  WHERE o.id = s.id AND (o."modelCount", o."meanScore", o."gradeCounts") IS DISTINCT FROM (s.models, s.mean, s.grades);
END
$fn$;

CREATE OR REPLACE FUNCTION atlas_model_organisations_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_model_organisations(ARRAY(SELECT DISTINCT "modelId" FROM new_rows));
    PERFORM atlas_refresh_organisation_stats(ARRAY(SELECT DISTINCT "organisationId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_refresh_model_organisations(ARRAY(SELECT DISTINCT "modelId" FROM old_rows));
    PERFORM atlas_refresh_organisation_stats(ARRAY(SELECT DISTINCT "organisationId" FROM old_rows));
  ELSE
    PERFORM atlas_refresh_model_organisations(ARRAY(SELECT "modelId" FROM new_rows UNION SELECT "modelId" FROM old_rows));
    PERFORM atlas_refresh_organisation_stats(ARRAY(SELECT "organisationId" FROM new_rows UNION SELECT "organisationId" FROM old_rows));
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER model_organisations_inserted AFTER INSERT ON "ModelOrganisation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_model_organisations_changed();
CREATE TRIGGER model_organisations_updated AFTER UPDATE ON "ModelOrganisation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_model_organisations_changed();
CREATE TRIGGER model_organisations_deleted AFTER DELETE ON "ModelOrganisation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_model_organisations_changed();

CREATE OR REPLACE FUNCTION atlas_organisations_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM atlas_refresh_model_organisations(ARRAY(
    SELECT DISTINCT mo."modelId"
    FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    JOIN "ModelOrganisation" mo ON mo."organisationId" = n.id
    WHERE (n."slug", n."name", n."country", n."type", n."isSme") IS DISTINCT FROM (o."slug", o."name", o."country", o."type", o."isSme")));
  RETURN NULL;
END
$fn$;

CREATE TRIGGER organisations_updated AFTER UPDATE ON "Organisation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_organisations_changed();

-- The words of models' and organisations' names, for correcting misspelt searches.
CREATE OR REPLACE FUNCTION atlas_name_words(name text, organisation_names text[]) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT unnest(tsvector_to_array(to_tsvector('simple', atlas_unaccent(coalesce(name, '') || ' ' || array_to_string(coalesce(organisation_names, '{}'), ' ')))))
$fn$;

CREATE OR REPLACE FUNCTION atlas_models_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT atlas_name_words(n."name", n."organisationNames") FROM new_rows n
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER models_inserted AFTER INSERT ON "Model"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_models_inserted();

-- A model's score, grade or status changes its organisations' figures; a new name, new words.
CREATE OR REPLACE FUNCTION atlas_models_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT atlas_name_words(n."name", n."organisationNames")
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n."name", n."organisationNames") IS DISTINCT FROM (o."name", o."organisationNames")
  ON CONFLICT DO NOTHING;
  PERFORM atlas_refresh_organisation_stats(ARRAY(
    SELECT DISTINCT mo."organisationId"
    FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    JOIN "ModelOrganisation" mo ON mo."modelId" = n.id
    WHERE (n."score", n."grade", n."status") IS DISTINCT FROM (o."score", o."grade", o."status")));
  RETURN NULL;
END
$fn$;

CREATE TRIGGER models_updated AFTER UPDATE ON "Model"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_models_changed();

-- Rows that exist already.
UPDATE "Organisation" SET "name" = "name";
SELECT atlas_refresh_model_organisations(ARRAY(SELECT id FROM "Model"));
UPDATE "Model" SET "name" = "name";
UPDATE "Model" m SET
  "useGrade" = p.use, "methodsGrade" = p.methods, "dataGrade" = p.data, "retrainGrade" = p.retrain
FROM (
  SELECT a."modelId",
    (array_agg(ca."grade") FILTER (WHERE ca."criterion" = 'use'))[1] AS use,
    (array_agg(ca."grade") FILTER (WHERE ca."criterion" = 'methods'))[1] AS methods,
    (array_agg(ca."grade") FILTER (WHERE ca."criterion" = 'data'))[1] AS data,
    (array_agg(ca."grade") FILTER (WHERE ca."criterion" = 'retrain'))[1] AS retrain
  FROM (SELECT DISTINCT ON ("modelId") id, "modelId" FROM "Assessment" ORDER BY "modelId", "methodologyVersion" DESC) a
  JOIN "CriterionAnswer" ca ON ca."assessmentId" = a.id
  GROUP BY a."modelId"
) p
WHERE m.id = p."modelId";
SELECT atlas_refresh_organisation_stats(ARRAY(SELECT id FROM "Organisation"));
INSERT INTO "SearchWord" ("word") SELECT DISTINCT atlas_name_words("name", "organisationNames") FROM "Model" ON CONFLICT DO NOTHING;
