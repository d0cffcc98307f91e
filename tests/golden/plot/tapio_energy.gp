# tapio_energy: 示例县2016—2025年能源消费总量与经济增长的脱钩状态
# yp-plot chart "tapio_energy" (type tapio, config/charts.csv:9).  Remake the SVG and PNG
# beside this file with: gnuplot tapio_energy.gp
reset session
set encoding utf8
# House style (config/style.csv): colours that stay apart in greyscale, whole
# years, a light grid.
set linetype 1 lc rgb "#004488" lw 2 pt 7 dt solid
set linetype 2 lc rgb "#DDAA33" lw 2 pt 7 dt solid
set linetype 3 lc rgb "#BB5566" lw 2 pt 7 dt solid
set linetype 4 lc rgb "#88CCEE" lw 2 pt 7 dt solid
set linetype 5 lc rgb "#117733" lw 2 pt 7 dt solid
set linetype 6 lc rgb "#999933" lw 2 pt 7 dt solid
set linetype 7 lc rgb "#AA4499" lw 2 pt 7 dt solid
set linetype 8 lc rgb "#000000" lw 2 pt 7 dt solid
set linetype 9 lc rgb "#BB5566" lw 2 pt 7
set linetype 10 lc rgb "#9DB9D3" lw 2 pt 7
set border 3 lc rgb "#222222" lw 1
set tics nomirror out scale 0.6 textcolor rgb "#222222"
set grid ytics lc rgb "#D9D9D9" lw 1 dt solid
set grid noxtics
set key off
set style fill solid 1.0 noborder
set lmargin 11
set rmargin 4
set format y "%g"
set format x "%g"
set datafile missing "NaN"
# The chart
# Points: GDP growth (%), pressure growth (%), year, state code (1-8, as yp-structure's
# tapio_state), where the year's label goes, and how it is aligned there (0 left,
# 1 right, 2 centred)
$data << EOD
7.799999999999997 3.0000000000000027 2016 2 7.95854 3 0
7.5 2.4271844660194164 2017 2 7.34146 2.42718 1
7.200000000000003 0.4739336492890933 2018 2 7.35854 0.473934 0
6.900000000000006 -0.9433962264150941 2019 1 7.05854 -0.943396 0
2.5999999999999943 -0.952380952380949 2020 1 2.44146 -0.952381 1
8.400000000000006 5.769230769230771 2021 2 8.55854 5.76923 0
4.099999999999994 4.545454545454541 2022 3 3.94146 4.54545 1
5.900000000000006 1.7391304347825987 2023 2 6.05854 1.73913 0
5.299999999999997 1.025641025641022 2024 2 5.39909 0.620641 0
5 0.6768189509306133 2025 2 4.90091 0.271819 1
EOD
# State regions, right of the y axis then left of it: x, then low and high y of each
$right << EOD
0 -3 0 0 0 0 0 0 8
6.666666666666667 -3 0 0 5.3333333333333339 5.3333333333333339 8 8 8
10 -3 0 0 8 8 8 8 8
11 -3 0 0 8 8 8 8 8
EOD
$left << EOD
-2 0 8 -1.6000000000000001 0 -2.3999999999999999 -1.6000000000000001 -3 -2.3999999999999999
0 0 8 0 0 0 0 -3 0
EOD
set xrange [-2:11]
set yrange [-3:8]
set xtics 2.5 nomirror out
set ytics 2 nomirror out
set grid noxtics noytics
set xzeroaxis lt -1 lc rgb "#222222" lw 1
set yzeroaxis lt -1 lc rgb "#222222" lw 1
set border 3
set key off
set xlabel "地区生产总值增长（%）" offset 0,0.3
set ylabel "能源消费总量增长（%）"
set label 1 "e=0.8" at 8.5, 6.8 left offset 0.5,-0.7 font ",13" textcolor rgb "#666666"
set label 2 "e=1.2" at 5.66667, 6.8 left offset 0.5,-0.7 font ",13" textcolor rgb "#666666"
set label 11 "强脱钩" at 5.44792, -1.51042 center font ",14" textcolor rgb "#555555" front
set label 12 "弱脱钩" at 7.07292, 3.07292 center font ",14" textcolor rgb "#555555" front
set label 13 "扩张连接" at 5.71875, 5.59375 center font ",14" textcolor rgb "#555555" front
set label 14 "扩张负脱钩" at 2.19792, 5.36458 center font ",14" textcolor rgb "#555555" front
set label 15 "强负脱钩" at -1.05208, 3.98958 center font ",14" textcolor rgb "#555555" front
set label 18 "衰退脱钩" at -0.78125, -2.19792 center font ",14" textcolor rgb "#555555" front
# Source line
set bmargin 5
set label 99 "数据来源：示例县统计局、示例县发展和改革局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "tapio_energy.svg"
pointscale = 0.4511
unset label 98
set tmargin 2
plot $right using 1:2:3 with filledcurves fc rgb "#117733" fillstyle transparent solid 0.14 noborder notitle, \
  $right using 1:4:5 with filledcurves fc rgb "#117733" fillstyle transparent solid 0.14 noborder notitle, \
  $right using 1:6:7 with filledcurves fc rgb "#999999" fillstyle transparent solid 0.14 noborder notitle, \
  $right using 1:8:9 with filledcurves fc rgb "#EE7733" fillstyle transparent solid 0.14 noborder notitle, \
  $left using 1:2:3 with filledcurves fc rgb "#EE7733" fillstyle transparent solid 0.14 noborder notitle, \
  $left using 1:4:5 with filledcurves fc rgb "#EE7733" fillstyle transparent solid 0.14 noborder notitle, \
  $left using 1:6:7 with filledcurves fc rgb "#999999" fillstyle transparent solid 0.14 noborder notitle, \
  $left using 1:8:9 with filledcurves fc rgb "#117733" fillstyle transparent solid 0.14 noborder notitle, \
  0.8*x with lines dt (6,4) lw 1.2 lc rgb "#777777" notitle, \
  1.2*x with lines dt (6,4) lw 1.2 lc rgb "#777777" notitle, \
  $data using 1:2 with lines lw 1 lc rgb "#AAAAAA" notitle, \
  $data using 1:2 with points pt 7 ps 1.7*pointscale lt 1 notitle, \
  $data using 5:($7 == 0 ? $6 : NaN):(sprintf("%d", $3)) with labels left font ",14" textcolor rgb "#222222" notitle, \
  $data using 5:($7 == 1 ? $6 : NaN):(sprintf("%d", $3)) with labels right font ",14" textcolor rgb "#222222" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "tapio_energy.png"
pointscale = 1.714
set label 98 "示例县2016—2025年能源消费总量与经济增长的脱钩状态" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
