build-CrampCoachFunction:
	./mvnw -B -q package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/cramp-coach-lambda.jar "$(ARTIFACTS_DIR)/lib/"

.PHONY: build-CrampCoachFunction
