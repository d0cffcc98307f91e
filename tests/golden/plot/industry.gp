# industry: 示例县2016—2025年三次产业结构
# yp-plot chart "industry" (type stack100, config/charts.csv:4).  Remake the SVG and PNG
# beside this file with: gnuplot industry.gp
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
# Data: year, then per part its value, bottom, top, its label on the bar (empty
# where the part is too thin) and beside it, then the total and where its
# value goes
$data << EOD
2016 13.999999999999998 0 13.999999999999998 "14.0" "" 45 13.999999999999998 59 "45.0" "" 41 59 100 "41.0" "" NaN NaN
2017 13.422131147540984 0 13.422131147540984 "13.4" "" 44.51844262295083 13.422131147540984 57.94057377049181 "44.5" "" 42.0594262295082 57.94057377049181 100 "42.1" "" NaN NaN
2018 12.81929990539262 0 12.81929990539262 "12.8" "" 43.614001892147584 12.81929990539262 56.4333017975402 "43.6" "" 43.56669820245978 56.4333017975402 99.99999999999999 "43.6" "" NaN NaN
2019 12.101354303189167 0 12.101354303189167 "12.1" "" 42.420270860637835 12.101354303189167 54.521625163827004 "42.4" "" 45.478374836173 54.521625163827004 100 "45.5" "" NaN NaN
2020 11.881606765327696 0 11.881606765327696 "11.9" "" 41.81818181818182 11.881606765327696 53.699788583509516 "41.8" "" 46.30021141649049 53.699788583509516 100 "46.3" "" NaN NaN
2021 11.188540456833138 0 11.188540456833138 "11.2" "" 40.998838559814175 11.188540456833138 52.18737901664731 "41.0" "" 47.81262098335269 52.18737901664731 100 "47.8" "" NaN NaN
2022 10.81081081081081 0 10.81081081081081 "10.8" "" 40.20733061828952 10.81081081081081 51.018141429100325 "40.2" "" 48.98185857089967 51.018141429100325 100 "49.0" "" NaN NaN
2023 10.29106029106029 0 10.29106029106029 "10.3" "" 39.6049896049896 10.29106029106029 49.89604989604989 "39.6" "" 50.1039501039501 49.89604989604989 99.99999999999999 "50.1" "" NaN NaN
2024 9.895150720838794 0 9.895150720838794 "9.9" "" 38.99082568807339 9.895150720838794 48.885976408912185 "39.0" "" 51.11402359108781 48.885976408912185 100 "51.1" "" NaN NaN
2025 9.510532837670384 0 9.510532837670384 "9.5" "" 38.506815365551425 9.510532837670384 48.01734820322181 "38.5" "" 51.98265179677819 48.01734820322181 100 "52.0" "" NaN NaN
EOD
set xtics nomirror out ("2016" 2016, "2017" 2017, "2018" 2018, "2019" 2019, "2020" 2020, "2021" 2021, "2022" 2022, "2023" 2023, "2024" 2024, "2025" 2025)
set mxtics 1
set xrange [2015.3:2025.7]
set yrange [0:100]
set ytics 20
set ylabel "比重（%）"
# Source line
set bmargin 6
set label 99 "数据来源：示例县统计局。" at screen 0.012, screen 0.03 left front font ",13" textcolor rgb "#595959"
# The key, laid out by yp-plot (screen coordinates)
set object 201 rect from screen 0.2825, screen 0.0941 to screen 0.3175, screen 0.1159 fc rgb "#004488" fillstyle solid 1 noborder front
set label 202 "第一产业" at screen 0.3275, screen 0.1050 left front textcolor rgb "#222222"
set object 205 rect from screen 0.4375, screen 0.0941 to screen 0.4725, screen 0.1159 fc rgb "#DDAA33" fillstyle solid 1 noborder front
set label 206 "第二产业" at screen 0.4825, screen 0.1050 left front textcolor rgb "#222222"
set object 209 rect from screen 0.5925, screen 0.0941 to screen 0.6275, screen 0.1159 fc rgb "#BB5566" fillstyle solid 1 noborder front
set label 210 "第三产业" at screen 0.6375, screen 0.1050 left front textcolor rgb "#222222"
# SVG for the HTML report, without the title: the report captions it (titles= in style.csv)
set terminal svg size 800,500 font "Noto Sans CJK SC,16" linewidth 1 noenhanced background "#ffffff"
set output "industry.svg"
pointscale = 0.4511
unset label 98
set tmargin 2
plot $data using 1:(($3+$4)/2):($1-0.3):($1+0.3):3:4 with boxxyerror lt 1 notitle, \
  $data using 1:(($3+$4)/2):5 with labels font ",14" textcolor rgb "#FFFFFF" notitle, \
  $data using 1:(($8+$9)/2):($1-0.3):($1+0.3):8:9 with boxxyerror lt 2 notitle, \
  $data using 1:(($8+$9)/2):10 with labels font ",14" textcolor rgb "#000000" notitle, \
  $data using 1:(($13+$14)/2):($1-0.3):($1+0.3):13:14 with boxxyerror lt 3 notitle, \
  $data using 1:(($13+$14)/2):15 with labels font ",14" textcolor rgb "#FFFFFF" notitle
# PNG for Word, with the title: twice the size, text, lines and points scaled alike
set terminal pngcairo size 1600,1000 font "Noto Sans CJK SC,16" fontscale 1.5 linewidth 2 noenhanced background "#ffffff"
set output "industry.png"
pointscale = 1.714
set label 98 "示例县2016—2025年三次产业结构" at screen 0.5, screen 0.94 center font ",20" textcolor rgb "#222222"
set tmargin 4
replot
unset output
