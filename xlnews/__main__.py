from xlnews.cli import main

main()
