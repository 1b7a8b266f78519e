-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "locale" VARCHAR(5) NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");

-- Nothing is ever hard-deleted: a rejected or withdrawn submission stays, and a published entry's
-- versions are its history, never rewritten. Enforced here, whoever asks (not only through the app).
CREATE FUNCTION "refuse_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are kept forever (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "Submission_never_deleted"
  BEFORE DELETE ON "Submission"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();

CREATE TRIGGER "Submission_no_truncate"
  BEFORE TRUNCATE ON "Submission"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();

CREATE TRIGGER "EntryVersion_immutable"
  BEFORE UPDATE OR DELETE ON "EntryVersion"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();

CREATE TRIGGER "EntryVersion_no_truncate"
  BEFORE TRUNCATE ON "EntryVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
