# targets15: 示例县“十五五”规划目标所需增速与历史增速比较
# yp-plot chart "targets15" (type target15, config/charts.csv:11).  Remake the SVG and PNG
# beside this file with: gnuplot targets15.gp
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
# Data: row, required annual rate, 十四五 rate, 十三五 rate, verdict code, verdict,
# where the required rate's value goes (beyond the row's longest bar)
$data << EOD
4 -2.5 -2.9 -3.4 1 "符合趋势" -3.4
2 5.9 6.4 7.5 2 "需加力" 7.5
1 7.5 5.4 6 3 "难度较大" 7.5
0 1.2 1 1.3 2 "需加力" 1.3
EOD
set xrange [-5:10]
set xtics 2.5 nomirror out
set yrange [-0.7:5.7]
set ytics nomirror out scale 0 ("【约束性指标】" 5, "【预期性指标】" 3, "单位地区生产总值能耗" 4, "地区生产总值" 2, "居民人均可支配收入" 1, "常住人口城镇化率（百分点）" 0)
set lmargin 26
set grid noytics xtics
set rmargin 12
set label 1 "研判" at graph 1, graph 1 left offset 1,0.7 font ",13" textcolor rgb "#222222"
set arrow 1 from 0, graph 0 to 0, graph 1 nohead lc rgb "#222222" lw 1 front
set xlabel "年均增速（%；比率类指标为百分点）" offset 0,0.3
# Source line
set bmargin 7.5
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set object 201 rect from screen 0.1725, screen 0.0941 to screen 0.2075, screen 0.1159 fc rgb "#004488" fillstyle solid 1 noborder front
set label 202 "“十五五”目标所需" at screen 0.2175, screen 0.1050 left front textcolor rgb "#222222"
set object 205 rect from screen 0.4275, screen 0.0941 to screen 0.4625, screen 0.1159 fc rgb "#DDAA33" fillstyle solid 1 noborder front
set label 206 "“十四五”实际" at screen 0.4725, screen 0.1050 left front textcolor rgb "#222222"
set object 209 rect from screen 0.6425, screen 0.0941 to screen 0.6775, screen 0.1159 fc rgb "#BB5566" fillstyle solid 1 noborder front
set label 210 "“十三五”实际" at screen 0.6875, screen 0.1050 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "targets15.svg"
pointscale = 0.4511
unset label 98
set tmargin 2
plot $data using ($2/2):($1+0.22):(0):2:($1+0.1):($1+0.34) with boxxyerror lt 1 notitle, \
  $data using 7:($2 >= 0 ? $1+0.22 : NaN):(sprintf("%.1f", $2)) with labels left offset 0.4,0 font ",14" notitle, \
  $data using 7:($2 < 0 ? $1+0.22 : NaN):(sprintf("%.1f", $2)) with labels right offset -0.4,0 font ",14" notitle, \
  $data using ($3/2):1:(0):3:($1-0.1):($1+0.1) with boxxyerror lt 2 notitle, \
  $data using ($4/2):($1-0.22):(0):4:($1-0.34):($1-0.1) with boxxyerror lt 3 notitle, \
  $data using (10):1:6:($5 == 1 ? 0x117733 : $5 == 2 ? 0xB07800 : $5 == 3 ? 0xEE7733 : 0x666666) with labels left offset 1,0 font ",16" textcolor rgb variable notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "targets15.png"
pointscale = 1.714
set label 98 "示例县“十五五”规划目标所需增速与历史增速比较" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
