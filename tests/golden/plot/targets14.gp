# targets14: 示例县“十四五”规划主要指标完成情况
# yp-plot chart "targets14" (type target14, config/charts.csv:10).  Remake the SVG and PNG
# beside this file with: gnuplot targets14.gp
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
# Data: row, completion (% of the target, the bar stops at 200), achieved 1/0 (-1 not
# judged), the value written, the verdict, where the value goes, 1 inside the bar
$data << EOD
5 NaN 1 "实际87.2，目标≥85.0" "已完成" 0 0
4 112.00000000000001 1 "112.0%" "已完成" 112.00000000000001 1
2 103.35000000000001 1 "103.4%" "已完成" 103.35000000000001 1
1 96 0 "96.0%" "未完成" 96 1
0 85 0 "85.0%" "未完成" 85 1
EOD
set yrange [-0.7:6.7]
set ytics nomirror out scale 0 ("【约束性指标】" 6, "【预期性指标】" 3, "空气质量优良天数比率" 5, "单位地区生产总值能耗" 4, "地区生产总值" 2, "居民人均可支配收入" 1, "常住人口城镇化率" 0)
set lmargin 20
set xrange [0:140]
set xtics 25 nomirror out
set grid noytics xtics
set rmargin 11
set key off
set xlabel "完成程度（%，目标=100）" offset 0,0.3
$target << EOD
100 -0.7
100 1.68

100 2.32
100 3.68

100 4.32
100 4.68

100 5.32
100 6.7

EOD
set label 1 "目标" at 100, graph 1 center offset 0,0.7 font ",13" textcolor rgb "#222222"
# Source line
set bmargin 5
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "targets14.svg"
pointscale = 0.4511
unset label 98
set tmargin 2
plot $target using 1:2 with lines dt (6,4) lw 1.5 lc rgb "#222222" notitle, \
  $data using ($2/2):1:(0):2:($1-0.32):($1+0.32):($3 == 1 ? 0x117733 : 0xEE7733) with boxxyerror lc rgb variable notitle, \
  $data using 6:($7 == 1 ? $1 : NaN):4 with labels right offset -0.5,0 font ",14" textcolor rgb "#FFFFFF" notitle, \
  $data using 6:($7 == 0 ? $1 : NaN):4 with labels left offset 0.5,0 font ",14" textcolor rgb "#222222" notitle, \
  $data using (140):1:5:($3 == 1 ? 0x117733 : $3 == 0 ? 0xEE7733 : 0x666666) with labels left offset 1,0 font ",16" textcolor rgb variable notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "targets14.png"
pointscale = 1.714
set label 98 "示例县“十四五”规划主要指标完成情况" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
