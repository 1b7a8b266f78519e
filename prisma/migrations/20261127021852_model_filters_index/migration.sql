-- CreateIndex
CREATE INDEX "Model_filters_idx" ON "Model"("status", "modality", "grade", "weightsLicenceId", "parameterCount", "releaseYear", "useGrade", "methodsGrade", "dataGrade", "retrainGrade", "fromSme", "sortScore", "sortRelease", "updatedAt", "sortName", "id");
