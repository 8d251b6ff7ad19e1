// Placeholder until the Scoring issue lands.
enum ScoringModule {}
