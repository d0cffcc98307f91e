# gdp_trend: 示例县2016—2030年地区生产总值走势及预测
# yp-plot chart "gdp_trend" (type line, config/charts.csv:3).  Remake the SVG and PNG
# beside this file with: gnuplot gdp_trend.gp
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
set xtics nomirror out ("2016" 2016, "" 2017 1, "2018" 2018, "" 2019 1, "2020" 2020, "" 2021 1, "2022" 2022, "" 2023 1, "2024" 2024, "" 2025 1, "2026" 2026, "" 2027 1, "2028" 2028, "" 2029 1, "2030" 2030)
set mxtics 1
set xrange [2015.5:2030.5]
set yrange [100:500]
set ytics 100
# gdp:value, history: year value (a blank line is a gap)
$hist1 << EOD
2016 180
2017 195.2
2018 211.4
2019 228.9
2020 236.5
2021 258.3
2022 270.1
2023 288.6
2024 305.2
2025 322.8
EOD
# projection: year forecast lo80 hi80 lo95 hi95, from the last observed year
$proj1 << EOD
2025 322.8 322.8 322.8 322.8 322.8
2026 340 332 348 327.5 352.5
2027 357.6 345 370.2 338.4 376.8
2028 375.8 358 393.6 348.6 403
2029 394.5 371 418 358.5 430.5
2030 413.7 384 443.4 368.2 459.2
EOD
# plan targets: year value, 1 when the line passes below it (its name goes above)
$target1 << EOD
2025 320 0
2030 430 1
EOD
set ylabel "地区生产总值（亿元）"
# Projection years: grey ground, dashed lines
set object 1 rect from 2025, graph 0 to graph 1, graph 1 behind fillcolor rgb "#EFEFEF" fillstyle solid 1.0 noborder
set label 1 "预测" at 2025.3, graph 0.96 left font ",14" textcolor rgb "#666666"
# Source line
set bmargin 6
set label 99 "数据来源：示例县统计局。2026—2030年为预测值。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set arrow 201 from screen 0.0845, screen 0.1050 to screen 0.1195, screen 0.1050 nohead lc rgb "#004488" lw 2.5 dt solid front
set label 202 "地区生产总值" at screen 0.1295, screen 0.1050 left front textcolor rgb "#222222"
set arrow 205 from screen 0.2795, screen 0.1050 to screen 0.3145, screen 0.1050 nohead lc rgb "#004488" lw 2.5 dt (7,5) front
set label 206 "预测值" at screen 0.3245, screen 0.1050 left front textcolor rgb "#222222"
set label 210 "规划目标" at screen 0.4595, screen 0.1050 left front textcolor rgb "#222222"
set object 213 rect from screen 0.5695, screen 0.0941 to screen 0.6045, screen 0.1159 fc rgb "#004488" fillstyle transparent solid 0.35 noborder front
set label 214 "80%预测区间" at screen 0.6145, screen 0.1050 left front textcolor rgb "#222222"
set object 217 rect from screen 0.7575, screen 0.0941 to screen 0.7925, screen 0.1159 fc rgb "#004488" fillstyle transparent solid 0.18 noborder front
set label 218 "95%预测区间" at screen 0.8025, screen 0.1050 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "gdp_trend.svg"
pointscale = 0.4511
set label 200 "" at screen 0.1020, screen 0.1050 point pt 7 ps 1*pointscale lc rgb "#004488" front
set label 204 "" at screen 0.2970, screen 0.1050 point pt 6 ps 1.1*pointscale lc rgb "#004488" front
set label 208 "" at screen 0.4320, screen 0.1050 point pt 13 ps 1.6*pointscale lc rgb "#000000" front
unset label 98
set tmargin 2
plot $proj1 using 1:5:6 with filledcurves fc rgb "#004488" fillstyle transparent solid 0.18 noborder notitle, \
  $proj1 using 1:3:4 with filledcurves fc rgb "#004488" fillstyle transparent solid 0.35 noborder notitle, \
  $hist1 using 1:2 with linespoints lt 1 lw 2.5 pt 7 ps 1*pointscale notitle, \
  $proj1 using 1:2 with linespoints lt 1 lw 2.5 dt (7,5) pt 6 ps 1.1*pointscale notitle, \
  $target1 using 1:2 with points lc rgb "#000000" pt 13 ps 1.6*pointscale notitle, \
  $target1 using 1:($3 > 0 ? $2 : NaN):(sprintf("目标 %.1f", $2)) with labels center offset 0,1.1 font ",14" notitle, \
  $target1 using 1:($3 > 0 ? NaN : $2):(sprintf("目标 %.1f", $2)) with labels center offset 0,-1.1 font ",14" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "gdp_trend.png"
pointscale = 1.714
set label 200 "" at screen 0.1020, screen 0.1050 point pt 7 ps 1*pointscale lc rgb "#004488" front
set label 204 "" at screen 0.2970, screen 0.1050 point pt 6 ps 1.1*pointscale lc rgb "#004488" front
set label 208 "" at screen 0.4320, screen 0.1050 point pt 13 ps 1.6*pointscale lc rgb "#000000" front
set label 98 "示例县2016—2030年地区生产总值走势及预测" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
