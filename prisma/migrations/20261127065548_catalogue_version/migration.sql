-- A version of the published catalogue, raised by every statement that writes to the tables the
-- public pages and badges are made of, whoever runs it (the app, db:seed, db:rescore, another
-- instance of the site). Each web server reads it every second (lib/server/catalogue-watch.ts) and
-- drops the pages and badges it keeps when it has moved, so a change made anywhere shows within
-- about a second, and a page can be kept as long as the catalogue does not change.

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "CatalogueVersion" ("id", "version") VALUES (1, 0);

-- One row update per statement (not per row): a bulk load of 100,000 models raises it once. The
-- new version is seen when the writing transaction commits, never before (a reader that saw it
-- early would keep pages rendered from the old rows). BEFORE the statement: a transaction takes
-- the version row before it locks any catalogue row, so two transactions writing the catalogue at
-- once wait for each other in one order and cannot deadlock on it. Catalogue writes are rare
-- (publications, scripts): queueing them behind one row costs nothing that matters.
CREATE FUNCTION atlas_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE "CatalogueVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$fn$;

-- The tables the public pages and badges are made of.
DO $do$
DECLARE catalogue_table text;
BEGIN
  FOREACH catalogue_table IN ARRAY ARRAY['Model', 'Organisation', 'ModelOrganisation', 'Licence', 'Assessment', 'CriterionAnswer'] LOOP
    EXECUTE format(
      'CREATE TRIGGER catalogue_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION atlas_catalogue_changed()',
      catalogue_table);
  END LOOP;
END
$do$;
