from screener.cli import screen_main

screen_main()
