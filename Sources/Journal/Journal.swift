// Placeholder until the Journal issue lands.
enum JournalModule {}
