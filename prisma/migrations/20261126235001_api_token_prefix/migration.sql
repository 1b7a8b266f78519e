-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "prefix" VARCHAR(16) NOT NULL DEFAULT '';
