import AdvanceCLI

AdvanceMain.main()
